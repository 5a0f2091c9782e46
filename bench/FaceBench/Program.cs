using System.Globalization;
using Platform.Bench.Face;

// FaceBench measure LABEL MODEL_DIR WARMUPS REPETITIONS IMAGE...   times our pipeline, prints JSON lines
// FaceBench report OURS OURS_ONE_THREAD TFJS_WASM TFJS_CPU         the table and the headline from four JSON-lines files
switch (args.FirstOrDefault())
{
    case "measure" when args.Length >= 6:
        MeasureRun.Run(args[1], args[2], int.Parse(args[3], CultureInfo.InvariantCulture), int.Parse(args[4], CultureInfo.InvariantCulture), args[5..]);
        return 0;
    case "report" when args.Length == 5:
        Report.Print(TimingFile.Read(args[1]), TimingFile.Read(args[2]), TimingFile.Read(args[3]), TimingFile.Read(args[4]));
        return 0;
    default:
        Console.Error.WriteLine("usage: FaceBench measure LABEL MODEL_DIR WARMUPS REPETITIONS IMAGE... | report OURS OURS_ONE_THREAD TFJS_WASM TFJS_CPU");
        return 2;
}
