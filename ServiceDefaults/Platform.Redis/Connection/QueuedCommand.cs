namespace Platform.Redis.Connection;

/// <summary>A command kept for later sending, inside a transaction.</summary>
internal sealed record QueuedCommand(CommandInfo Info, RedisArg[] Args);
