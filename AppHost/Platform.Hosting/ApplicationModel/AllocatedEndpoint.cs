namespace Aspire.Hosting.ApplicationModel;

/// <summary>Where an endpoint can be reached once the app host has started it.</summary>
public sealed record AllocatedEndpoint(EndpointAnnotation Endpoint, string Host, int Port)
{
    public string UriString => $"{Endpoint.UriScheme}://{Host}:{Port}";

    public override string ToString() => UriString;
}
