using System.Text.Json;

namespace Platform.Bench.Face;

/// <summary>
/// The JSON lines one side of the benchmark printed: its backend line (threads), one line per photo and one per network
/// run alone (median milliseconds and, on our side, FLOPs, by network name).
/// </summary>
internal sealed record TimingFile(string Backend, int Threads, IReadOnlyDictionary<string, ImageTiming> Images, IReadOnlyDictionary<string, (double MedianMs, long Flops)> Networks)
{
    public static TimingFile Read(string path)
    {
        var backend = "";
        var threads = 0;
        var images = new Dictionary<string, ImageTiming>();
        var networks = new Dictionary<string, (double, long)>();
        foreach (var line in File.ReadLines(path).Where(l => l.StartsWith('{')))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            switch (root.GetProperty("kind").GetString())
            {
                case "backend":
                    backend = root.GetProperty("backend").GetString() ?? "";
                    threads = root.GetProperty("threads").GetInt32();
                    break;
                case "image":
                    var image = root.GetProperty("image").GetString() ?? "";
                    images[image] = new ImageTiming(
                        root.GetProperty("backend").GetString() ?? "", image,
                        root.GetProperty("width").GetInt32(), root.GetProperty("height").GetInt32(), root.GetProperty("faces").GetInt32(),
                        root.GetProperty("medianMs").GetDouble(), root.GetProperty("meanMs").GetDouble(),
                        root.GetProperty("ms").EnumerateArray().Select(v => v.GetDouble()).ToArray(),
                        root.TryGetProperty("flops", out var flops) ? flops.GetInt64() : 0)
                    {
                        MedianCpuMs = root.TryGetProperty("medianCpuMs", out var cpu) ? cpu.GetDouble() : 0,
                    };
                    break;
                case "network":
                    networks[root.GetProperty("network").GetString() ?? ""] =
                        (root.GetProperty("medianMs").GetDouble(), root.TryGetProperty("flops", out var networkFlops) ? networkFlops.GetInt64() : 0);
                    break;
            }
        }

        if (images.Count == 0)
        {
            throw new InvalidDataException($"{path} holds no timed photo");
        }

        return new TimingFile(backend, threads, images, networks);
    }

    /// <summary>Milliseconds per image over all photos: the mean of the photos' medians, so each photo weighs the same.</summary>
    public double MsPerImage(IEnumerable<string> photos) => photos.Average(p => Images[p].MedianMs);

    /// <summary>The process's CPU time per image (all its threads), the mean of the photos' medians.</summary>
    public double CpuMsPerImage(IEnumerable<string> photos) => photos.Average(p => Images[p].MedianCpuMs);
}
