using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Platform.Identity.Telemetry;

/// <summary>Identity's business metrics and activity source, both named <c>Platform.Identity</c>.</summary>
public sealed class IdentityTelemetry : IDisposable
{
    public const string Name = "Platform.Identity";

    private readonly Meter _meter;
    private readonly Counter<long> _logins;
    private readonly Counter<long> _factorChecks;
    private readonly Counter<long> _faceVerifications;
    private readonly Counter<long> _lockouts;
    private readonly Histogram<double> _faceDistance;
    private readonly Histogram<double> _faceAnalysis;

    public IdentityTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _logins = _meter.CreateCounter<long>("identity.logins", description: "Login attempts by outcome");
        _factorChecks = _meter.CreateCounter<long>("identity.factor.checks", description: "Credential checks by factor and outcome");
        _faceVerifications = _meter.CreateCounter<long>("identity.face.verifications", description: "Face verifications by outcome");
        _lockouts = _meter.CreateCounter<long>("identity.lockouts", description: "Credentials locked or disabled by too many failures");
        _faceDistance = _meter.CreateHistogram<double>("identity.face.distance", description: "Euclidean distance between probe and template");
        _faceAnalysis = _meter.CreateHistogram<double>("identity.face.analysis.duration", unit: "s",
            description: "Face engine time per request (enrolment photos or challenge frames), waiting excluded");
    }

    public static ActivitySource Source { get; } = new(Name);

    public void Login(string outcome) => _logins.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void FactorChecked(string factor, string outcome) =>
        _factorChecks.Add(1, new("factor", factor), new("outcome", outcome));

    public void FaceVerified(string outcome, double? distance = null)
    {
        _faceVerifications.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        if (distance is { } value) _faceDistance.Record(value);
    }

    public void FaceAnalysed(string kind, int images, TimeSpan elapsed) =>
        _faceAnalysis.Record(elapsed.TotalSeconds, new("kind", kind), new("images", images));

    public void Locked(string credential) => _lockouts.Add(1, new KeyValuePair<string, object?>("credential", credential));

    public void Dispose() => _meter.Dispose();
}
