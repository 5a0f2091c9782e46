namespace Grpc.Core;

/// <summary>Options for writing messages.</summary>
public class WriteOptions
{
    public static readonly WriteOptions Default = new();

    public WriteOptions(WriteFlags flags = default)
    {
        Flags = flags;
    }

    public WriteFlags Flags { get; }
}
