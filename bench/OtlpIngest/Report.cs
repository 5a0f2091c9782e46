namespace Platform.Bench.OtlpIngest;

internal static class Report
{
    public static void Floor(string what, Measurement floor) =>
        Console.WriteLine($"  parse {what,-6} {floor.CpuMicrosecondsPerItem,7:0.00} µs CPU each, {floor.BytesPerItem,6:N0} B allocated each");

    public static void Ingest(string what, string unit, Measurement run, Measurement floor) =>
        Console.WriteLine($"  ingest {what,-5} {run.ItemsPerSecond,9:N0} {what}/s, {run.CpuMicrosecondsPerItem,6:0.00} µs CPU per {unit}" +
            $" = {run.CpuMicrosecondsPerItem / floor.CpuMicrosecondsPerItem:0.0}× parse, {run.BytesPerItem:N0} B allocated per {unit}," +
            $" GCs gen0/1/2 {run.Used.Gen0}/{run.Used.Gen1}/{run.Used.Gen2}");
}
