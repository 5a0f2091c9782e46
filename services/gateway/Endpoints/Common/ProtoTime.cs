using Google.Protobuf.WellKnownTypes;

namespace Platform.Gateway.Endpoints.Common;

/// <summary>Protobuf timestamps as the API's nullable ISO-8601 times (an unset timestamp is absent, not 1970).</summary>
public static class ProtoTime
{
    public static DateTimeOffset? ToApi(this Timestamp? timestamp) =>
        timestamp is null || (timestamp.Seconds == 0 && timestamp.Nanos == 0) ? null : timestamp.ToDateTimeOffset();
}
