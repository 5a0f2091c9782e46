using Platform.Withdrawal.Domain;

namespace Platform.Withdrawal.Tests.Infrastructure;

/// <summary>Withdrawal records for the storage tests, each for a fresh user so tests never see each other's data.</summary>
public static class SampleRecords
{
    public static string NewUser() => "u-" + Guid.NewGuid().ToString("N")[..16];

    public static WithdrawalRecord New(string userId, DateTimeOffset now, long amountFen = 10_000, string? key = null) => new()
    {
        Id = WithdrawalId.New(now),
        UserId = userId,
        IdempotencyKey = key ?? Guid.NewGuid().ToString("N"),
        AmountFen = amountFen,
        CardId = "card-1",
        CardLast4 = "1234",
        BankCode = "ICBC",
        CardFingerprint = "fp-1",
        DeviceId = "device-1",
        ClientIp = "10.0.0.1",
        State = SagaState.Assessing,
        CreatedAt = now,
        UpdatedAt = now,
    };
}
