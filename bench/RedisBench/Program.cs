using System.Globalization;
using RedisBench;

var mode = args.FirstOrDefault() ?? "redis";
var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
switch (mode)
{
    case "redis":
        await RedisClientBenchmark.RunAsync(TimeSpan.FromSeconds(seconds));
        return 0;
    case "pubsub":
        await PubSubBenchmark.RunAsync(TimeSpan.FromSeconds(seconds));
        return 0;
    default:
        Console.Error.WriteLine("usage: RedisBench redis|pubsub [seconds]");
        return 2;
}
