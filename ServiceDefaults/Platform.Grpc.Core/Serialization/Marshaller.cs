namespace Grpc.Core;

/// <summary>Turns messages of type <typeparamref name="T"/> into bytes and back.</summary>
public class Marshaller<T>
{
    private readonly Func<T, byte[]>? _simpleSerializer;
    private readonly Func<byte[], T>? _simpleDeserializer;

    /// <summary>A marshaller from array-based functions.</summary>
    public Marshaller(Func<T, byte[]> serializer, Func<byte[], T> deserializer)
    {
        _simpleSerializer = serializer ?? throw new ArgumentNullException(nameof(serializer));
        _simpleDeserializer = deserializer ?? throw new ArgumentNullException(nameof(deserializer));
        ContextualSerializer = (message, context) => context.Complete(_simpleSerializer(message));
        ContextualDeserializer = context => _simpleDeserializer(context.PayloadAsNewBuffer());
    }

    /// <summary>A marshaller from context-based functions (what generated code uses).</summary>
    public Marshaller(Action<T, SerializationContext> serializer, Func<DeserializationContext, T> deserializer)
    {
        ContextualSerializer = serializer ?? throw new ArgumentNullException(nameof(serializer));
        ContextualDeserializer = deserializer ?? throw new ArgumentNullException(nameof(deserializer));
    }

    public Func<T, byte[]> Serializer => _simpleSerializer ?? SerializeToArray;

    public Func<byte[], T> Deserializer => _simpleDeserializer ?? DeserializeFromArray;

    public Action<T, SerializationContext> ContextualSerializer { get; }

    public Func<DeserializationContext, T> ContextualDeserializer { get; }

    private byte[] SerializeToArray(T message)
    {
        var context = new ArraySerializationContext();
        ContextualSerializer(message, context);
        return context.Result;
    }

    private T DeserializeFromArray(byte[] payload) => ContextualDeserializer(new ArrayDeserializationContext(payload));
}
