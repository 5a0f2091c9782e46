using Grpc.Core;

namespace Platform.Grpc.Wire;

internal static class WriteOptionsExtensions
{
    /// <summary>Whether the options (possibly none) carry <paramref name="flag"/>.</summary>
    public static bool Has(this WriteOptions? options, WriteFlags flag) => options is not null && (options.Flags & flag) != 0;
}
