namespace Platform.Gateway.Endpoints.Withdrawals;

public sealed record WithdrawalPage(WithdrawalResponse[] Items, string? NextPageToken);
