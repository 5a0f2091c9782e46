namespace Platform.Identity.FaceEngine.Weights;

/// <summary>A weights manifest or shard that cannot be read: malformed JSON, unsupported dtype, missing or short shards, or a missing weight.</summary>
public sealed class WeightsFormatException : Exception
{
    public WeightsFormatException(string message) : base(message)
    {
    }

    public WeightsFormatException(string message, Exception inner) : base(message, inner)
    {
    }
}
