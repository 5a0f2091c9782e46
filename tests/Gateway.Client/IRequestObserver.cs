namespace Platform.Gateway.Client;

/// <summary>Told about every request a <see cref="GatewayApi"/> makes, by step name (the load generator's latency histograms).</summary>
public interface IRequestObserver
{
    void Completed(string step, TimeSpan elapsed, int status);
}
