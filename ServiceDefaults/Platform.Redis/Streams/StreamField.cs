namespace Platform.Redis;

/// <summary>A field of a stream entry to add.</summary>
public readonly record struct StreamField(string Name, RedisArg Value);
