namespace Platform.Bench.OtlpIngest;

/// <summary>A service as its telemetry looks: its name, its own port and the gRPC calls it serves.</summary>
internal sealed record ServiceShape(string Name, int Port, string GrpcService, string[] Methods)
{
    public static readonly ServiceShape[] All =
    [
        new("gateway", 5080, "", []),
        new("withdrawal", 5101, "withdrawal.v1.Withdrawals", ["Create", "GetWithdrawal", "Confirm", "Verify"]),
        new("identity", 5102, "identity.v1.Identity", ["StartFaceSession", "VerifyFace", "CheckDevice"]),
        new("risk", 5103, "risk.v1.Risk", ["Assess", "RecordOutcome"]),
        new("credit", 5104, "credit.v1.Credit", ["Reserve", "Commit", "GetLine"]),
        new("notification", 5105, "notification.v1.Notifications", ["Send", "ListInbox"]),
    ];
}
