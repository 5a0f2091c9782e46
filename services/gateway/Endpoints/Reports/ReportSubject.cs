namespace Platform.Gateway.Endpoints.Reports;

/// <summary>What a user reports as suspicious.</summary>
public enum ReportSubject
{
    Withdrawal,
    Account,
    Device,
    Card,
}
