namespace Platform.Gateway.Endpoints.Admin;

/// <summary>Operator routes that only some deployments expose (section <c>Gateway:Admin</c>).</summary>
public sealed class AdminOptions
{
    public const string Section = "Gateway:Admin";

    /// <summary>
    /// Serves the built-in SMS provider's outbox at <c>GET /api/admin/sms</c>: for development and end-to-end tests
    /// only, where no real SMS is sent. A production deployment with a real provider leaves it off.
    /// </summary>
    public bool ExposeSmsOutbox { get; set; }
}
