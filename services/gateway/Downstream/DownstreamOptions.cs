namespace Platform.Gateway.Downstream;

/// <summary>How the gateway calls the services (section <c>Gateway:Downstream</c>).</summary>
public sealed class DownstreamOptions
{
    public const string Section = "Gateway:Downstream";

    /// <summary>The deadline of every gRPC call the gateway makes.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The deadline of calls that run the face engine on uploaded images (seconds of CPU, maybe a queue).</summary>
    public TimeSpan FaceAnalysisDeadline { get; set; } = TimeSpan.FromSeconds(30);
}
