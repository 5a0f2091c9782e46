namespace Platform.Gateway.Endpoints.Reports;

public sealed record ReportReceiptResponse(string CaseId);
