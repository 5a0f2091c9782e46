using System.Diagnostics;
using System.Numerics;
using System.Text.Json;
using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Landmarks;
using Platform.Identity.FaceEngine.Pipeline;
using Platform.Identity.FaceEngine.Recognition;
using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Bench.Face;

/// <summary>
/// Our side: <c>FacePipeline.LoadDirectory</c> on face-api's model folder, every photo decoded once before any timing
/// (by our decoder), each photo described <c>warmups</c> times untimed, then <c>repetitions</c> times timed, photo after
/// photo in turn. Timed: <c>pipeline.Describe(image)</c> only (detection, landmarks, alignment, crops, descriptors).
/// Beside the wall-clock milliseconds, the process's CPU time per run (all threads; on a machine shared with other work
/// it shows the work done, which the wall clock mixes with waiting). Then each network alone on a fixed random input at its size (detector at 416 with box decoding and suppression,
/// landmarks at 112, recognition at 150), as face-reference.js does. Prints the same JSON lines, with FLOPs.
/// </summary>
internal static class MeasureRun
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Run(string label, string modelDirectory, int warmups, int repetitions, IReadOnlyList<string> imagePaths)
    {
        var pipeline = FacePipeline.LoadDirectory(modelDirectory);
        var flops = NetworkFlops.FromModelDirectory(modelDirectory);
        var images = imagePaths.Select(path => (Path: path, Image: ImageDecoder.Decode(File.ReadAllBytes(path)))).ToArray();
        Print(new
        {
            Kind = "backend",
            Backend = label,
            Threads = Environment.ProcessorCount,
            VectorBits = Vector<float>.Count * 32,
            Runtime = Environment.Version.ToString(),
        });

        var faces = new int[images.Length];
        for (var w = 0; w < warmups; w++)
        {
            for (var i = 0; i < images.Length; i++)
            {
                faces[i] = pipeline.Describe(images[i].Image).Count;
            }
        }

        var ms = images.Select(_ => new List<double>()).ToArray();
        var cpuMs = images.Select(_ => new List<double>()).ToArray();
        for (var r = 0; r < repetitions; r++)
        {
            for (var i = 0; i < images.Length; i++)
            {
                var (start, cpuStart) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
                faces[i] = pipeline.Describe(images[i].Image).Count;
                ms[i].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpuMs[i].Add((Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds);
            }
        }

        for (var i = 0; i < images.Length; i++)
        {
            var (path, image) = images[i];
            Print(new ImageTiming(label, System.IO.Path.GetFileName(path), image.Width, image.Height, faces[i],
                Statistics.Round(Statistics.Median(ms[i])), Statistics.Round(ms[i].Average()), ms[i].Select(Statistics.Round).ToArray(),
                flops.PerImage(faces[i]))
            {
                MedianCpuMs = Statistics.Round(Statistics.Median(cpuMs[i])),
            });
        }

        foreach (var (name, size, networkFlops, run) in NetworkRuns(modelDirectory, flops))
        {
            var times = new List<double>();
            var cpuTimes = new List<double>();
            for (var i = 0; i < warmups + repetitions; i++)
            {
                var (start, cpuStart) = (Stopwatch.GetTimestamp(), Environment.CpuUsage.TotalTime);
                run();
                if (i >= warmups)
                {
                    times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    cpuTimes.Add((Environment.CpuUsage.TotalTime - cpuStart).TotalMilliseconds);
                }
            }

            Print(new
            {
                Kind = "network",
                Backend = label,
                Network = name,
                InputSize = size,
                MedianMs = Statistics.Round(Statistics.Median(times)),
                MeanMs = Statistics.Round(times.Average()),
                Ms = times.Select(Statistics.Round).ToArray(),
                MedianCpuMs = Statistics.Round(Statistics.Median(cpuTimes)),
                Flops = networkFlops,
            });
        }

        var all = ms.SelectMany(m => m).ToArray();
        Print(new
        {
            Kind = "summary",
            Backend = label,
            Threads = Environment.ProcessorCount,
            Images = images.Length,
            Repetitions = repetitions,
            MedianMs = Statistics.Round(Statistics.Median(all)),
            MeanMs = Statistics.Round(all.Average()),
            Faces = faces.Sum(),
            DetectorFlops = flops.Detector,
            LandmarkFlopsPerFace = flops.Landmarks,
            RecognitionFlopsPerFace = flops.Recognition,
        });
    }

    private static (string Name, int Size, long Flops, Action Run)[] NetworkRuns(string modelDirectory, NetworkFlops flops)
    {
        var detector = TinyFaceDetector.LoadFile(FacePipeline.Manifest(modelDirectory, FacePipeline.DetectorModel));
        var landmarks = FaceLandmark68Net.LoadFile(FacePipeline.Manifest(modelDirectory, FacePipeline.LandmarkModel));
        var recognition = FaceRecognitionNet.LoadFile(FacePipeline.Manifest(modelDirectory, FacePipeline.RecognitionModel));
        var (detectorInput, landmarkInput, recognitionInput) = (RandomInput(416, 1), RandomInput(FaceLandmark68Net.InputSize, 2), RandomInput(FaceRecognitionNet.InputSize, 3));
        return
        [
            ("detector", 416, flops.Detector, () => detector.Detect(detectorInput)),
            ("landmarks", FaceLandmark68Net.InputSize, flops.Landmarks, () => landmarks.Detect(landmarkInput)),
            ("recognition", FaceRecognitionNet.InputSize, flops.Recognition, () => recognition.Describe(recognitionInput)),
        ];
    }

    private static FeatureMap RandomInput(int size, int seed)
    {
        var random = new Random(seed);
        var input = new FeatureMap(size, size, 3);
        for (var i = 0; i < input.Data.Length; i++)
        {
            input.Data[i] = (float)(random.NextDouble() * 255);
        }

        return input;
    }

    private static void Print(object line) => Console.WriteLine(JsonSerializer.Serialize(line, Json));
}
