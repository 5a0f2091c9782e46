using System.Globalization;

namespace Platform.Bench.Face;

/// <summary>
/// The table of ./bench.sh face from the four sides' JSON lines: per photo and overall milliseconds per image (the
/// median of each photo's runs; overall, the mean of those medians), the speed ratios, our GFLOP/s and the share of
/// the machine's peak; the headline last.
/// </summary>
internal static class Report
{
    public static void Print(TimingFile ours, TimingFile oursOneThread, TimingFile wasm, TimingFile cpu)
    {
        var photos = ours.Images.Keys.Where(p => oursOneThread.Images.ContainsKey(p) && wasm.Images.ContainsKey(p) && cpu.Images.ContainsKey(p)).Order().ToArray();
        if (photos.Length == 0)
        {
            throw new InvalidDataException("no photo was timed on all four sides");
        }

        var peak = MachinePeak.Read();
        Console.WriteLine($"ours: FacePipeline.Describe, {ours.Threads} threads and 1 thread (taskset to one core); tfjs-wasm: {wasm.Threads} thread(s), tfjs-cpu: {cpu.Threads} thread");
        Console.WriteLine("timed: detection + landmarks + alignment + crops + descriptors; decoding excluded on every side (ours: our JPEG decoder; tfjs: jpeg-js, then an int32 tensor)");
        foreach (var line in peak.Describe())
        {
            Console.WriteLine(line);
        }

        Console.WriteLine("FLOPs: 2 per multiply-add of every convolution and dense layer (detector at 416, landmarks at 112 and recognition at 150 per face); GFLOP/s from our faces and median times");
        Console.WriteLine();
        var header = $"{"photo",-12} {"size",-10} {"faces",6} {"GFLOP",6} {"ours ms",8} {"1-thr ms",9} {"wasm ms",8} {"cpu ms",8} {"vs wasm",8} {"1t/wasm",8} {"vs cpu",7} {"GFLOP/s",8} {"1t GFLOP/s",10}";
        Console.WriteLine(header);
        Console.WriteLine(new string('-', header.Length));
        foreach (var photo in photos)
        {
            var (o, o1, w, c) = (ours.Images[photo], oursOneThread.Images[photo], wasm.Images[photo], cpu.Images[photo]);
            var faces = o.Faces == w.Faces ? $"{o.Faces}" : $"{o.Faces}/{w.Faces}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{photo,-12} {$"{o.Width}x{o.Height}",-10} {faces,6} {o.Flops / 1e9,6:F2} {o.MedianMs,8:F1} {o1.MedianMs,9:F1} {w.MedianMs,8:F1} {c.MedianMs,8:F0} {w.MedianMs / o.MedianMs,7:F2}x {w.MedianMs / o1.MedianMs,7:F2}x {c.MedianMs / o.MedianMs,6:F1}x {o.Flops / o.MedianMs / 1e6,8:F1} {o.Flops / o1.MedianMs / 1e6,10:F1}"));
        }

        var flops = photos.Sum(p => (double)ours.Images[p].Flops);
        var (msOurs, msOne, msWasm, msCpu) = (ours.MsPerImage(photos), oursOneThread.MsPerImage(photos), wasm.MsPerImage(photos), cpu.MsPerImage(photos));
        var gflops = flops / photos.Sum(p => ours.Images[p].MedianMs) / 1e6;
        var gflopsOne = flops / photos.Sum(p => oursOneThread.Images[p].MedianMs) / 1e6;
        Console.WriteLine(new string('-', header.Length));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"all",-12} {"",-10} {photos.Sum(p => ours.Images[p].Faces),6} {flops / 1e9 / photos.Length,6:F2} {msOurs,8:F1} {msOne,9:F1} {msWasm,8:F1} {msCpu,8:F0} {msWasm / msOurs,7:F2}x {msWasm / msOne,7:F2}x {msCpu / msOurs,6:F1}x {gflops,8:F1} {gflopsOne,10:F1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU time per image (all of a process's threads; the work done, which other load on the machine disturbs less than the clock): ours {ours.CpuMsPerImage(photos):F1} ms, 1-thread {oursOneThread.CpuMsPerImage(photos):F1}, tfjs-wasm {wasm.CpuMsPerImage(photos):F1} ({wasm.CpuMsPerImage(photos) / oursOneThread.CpuMsPerImage(photos):F2}x ours 1-thread), tfjs-cpu {cpu.CpuMsPerImage(photos):F0} ({cpu.CpuMsPerImage(photos) / ours.CpuMsPerImage(photos):F0}x ours)"));
        PrintNetworks(ours, oursOneThread, wasm, cpu);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak share: {gflops:F1} GFLOP/s of {peak.GflopsAllCores:F0} on {peak.Cores} cores = {100 * gflops / peak.GflopsAllCores:F0}%; one thread {gflopsOne:F1} of {peak.GflopsOneCore:F0} = {100 * gflopsOne / peak.GflopsOneCore:F0}%"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"face: {msOurs:F0} ms/image, {Versus(msWasm / msOurs)} tfjs-wasm ({wasm.Threads} thread), {msCpu / msOurs:F0}x tfjs-cpu, {gflops:F0} GFLOP/s ({100 * gflops / peak.GflopsAllCores:F0}% of peak); on 1 thread {msOne:F0} ms, {Versus(msWasm / msOne)} tfjs-wasm"));
    }

    /// <summary>Each network alone on a random input at its size: how much of a photo's time is the networks.</summary>
    private static void PrintNetworks(TimingFile ours, TimingFile oursOneThread, TimingFile wasm, TimingFile cpu)
    {
        var names = new[] { "detector", "landmarks", "recognition" }.Where(n => ours.Networks.ContainsKey(n) && oursOneThread.Networks.ContainsKey(n) && wasm.Networks.ContainsKey(n) && cpu.Networks.ContainsKey(n)).ToArray();
        if (names.Length == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("each network alone (random input at its size, median ms):");
        var header = $"{"network",-12} {"GFLOP",6} {"ours ms",8} {"1-thr ms",9} {"wasm ms",8} {"cpu ms",8} {"vs wasm",8} {"1t/wasm",8} {"vs cpu",7} {"GFLOP/s",8} {"1t GFLOP/s",10}";
        Console.WriteLine(header);
        Console.WriteLine(new string('-', header.Length));
        foreach (var name in names)
        {
            var flops = ours.Networks[name].Flops;
            var (o, o1, w, c) = (ours.Networks[name].MedianMs, oursOneThread.Networks[name].MedianMs, wasm.Networks[name].MedianMs, cpu.Networks[name].MedianMs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-12} {flops / 1e9,6:F3} {o,8:F1} {o1,9:F1} {w,8:F1} {c,8:F0} {w / o,7:F2}x {w / o1,7:F2}x {c / o,6:F1}x {flops / o / 1e6,8:F1} {flops / o1 / 1e6,10:F1}"));
        }
    }

    private static string Versus(double ratio) => ratio >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{ratio:F1}x faster than")
        : string.Create(CultureInfo.InvariantCulture, $"{1 / ratio:F1}x slower than");
}
