using Platform.Identity.Grpc;
using Platform.Grpc.Validation;

namespace Platform.Identity.Domain.Face;

/// <summary>A face embedding: exactly 128 finite numbers computed on the device (until images are accepted).</summary>
public static class FaceDescriptor
{
    public const int Length = 128;

    public static float[] Validate(IReadOnlyList<float> values, string field = "descriptor")
    {
        if (values.Count != Length) throw RpcProblems.Invalid($"{field} must have exactly {Length} numbers (got {values.Count})");
        for (var i = 0; i < values.Count; i++)
        {
            if (!float.IsFinite(values[i])) throw RpcProblems.Invalid($"{field} must contain only finite numbers (element {i} is not)");
        }
        return [.. values];
    }

    public static double Distance(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            double difference = a[i] - b[i];
            sum += difference * difference;
        }
        return Math.Sqrt(sum);
    }

    public static byte[] ToBytes(float[] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        for (var i = 0; i < values.Length; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), values[i]);
        return bytes;
    }

    public static float[] FromBytes(ReadOnlySpan<byte> bytes)
    {
        var values = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < values.Length; i++)
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
        return values;
    }
}
