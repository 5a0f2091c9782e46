using Platform.Redis;

namespace Platform.Withdrawal.Events;

/// <summary>An event ready to be appended by a saga script: the topic's stream and the XADD arguments after the key.</summary>
public sealed record OutboxEvent(string Stream, IReadOnlyList<RedisArg> XAddArguments);
