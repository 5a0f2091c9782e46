namespace Platform.Gateway.Endpoints.Credit;

public sealed record LedgerPage(LedgerEntryResponse[] Items, string? NextPageToken);
