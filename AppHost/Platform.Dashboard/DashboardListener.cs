namespace Platform.Dashboard;

/// <summary>
/// Which of the dashboard's ports an endpoint belongs to. Endpoints carry it as metadata; a request that arrives on
/// another port gets 404, so OTLP is not reachable on the UI port and pages are not served on the OTLP ports.
/// </summary>
internal sealed class DashboardListener(string name)
{
    public static readonly DashboardListener Ui = new("UI");
    public static readonly DashboardListener OtlpHttp = new("OTLP/HTTP");
    public static readonly DashboardListener OtlpGrpc = new("OTLP/gRPC");

    public string Name { get; } = name;

    public override string ToString() => Name;
}
