namespace Platform.Withdrawal.Domain;

/// <summary>Names one saga: enough to find its keys (they carry the user's hash tag).</summary>
public readonly record struct SagaRef(string WithdrawalId, string UserId)
{
    /// <summary>The member of the active-saga index: "withdrawal id:user id" (a withdrawal id never contains ':').</summary>
    public string ToIndexMember() => $"{WithdrawalId}:{UserId}";

    public static bool TryParseIndexMember(string member, out SagaRef saga)
    {
        var colon = member.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == member.Length - 1 || !Domain.WithdrawalId.IsValid(member[..colon]))
        {
            saga = default;
            return false;
        }
        saga = new SagaRef(member[..colon], member[(colon + 1)..]);
        return true;
    }

    public override string ToString() => WithdrawalId;
}
