using System.Text.Json.Serialization;

namespace Platform.PubSub;

[JsonSerializable(typeof(SortedDictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class PubSubJsonContext : JsonSerializerContext;
