namespace Platform.Gateway.Downstream;

/// <summary>How the gateway calls the services (section <c>Gateway:Downstream</c>).</summary>
public sealed class DownstreamOptions
{
    public const string Section = "Gateway:Downstream";

    /// <summary>The deadline of every gRPC call the gateway makes.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(5);
}
