using System.Buffers.Binary;

namespace Platform.Identity.FaceEngine.Weights;

/// <summary>Where one manifest weight sits in its group's bytes and how its stored values become float32.</summary>
internal sealed record WeightLayout(string Name, int[] Shape, long Count, string StoredAs, bool RoundToInteger, double Scale, double Min)
{
    public long ByteCount => Count * StoredAs switch { "uint8" => 1, "uint16" or "float16" => 2, _ => 4 };

    public static WeightLayout From(ManifestWeight weight)
    {
        var name = weight.Name ?? throw new WeightsFormatException("a manifest weight has no name");
        var shape = weight.Shape ?? throw new WeightsFormatException($"weight '{name}' has no shape");
        var count = 1L;
        foreach (var dimension in shape)
        {
            if (dimension < 0)
            {
                throw new WeightsFormatException($"weight '{name}' has a negative dimension");
            }

            count *= dimension;
            if (count > Array.MaxLength)
            {
                throw new WeightsFormatException($"weight '{name}' has more values than can be loaded");
            }
        }

        var dtype = weight.Dtype ?? "float32";
        if (dtype is not ("float32" or "int32"))
        {
            throw new WeightsFormatException($"weight '{name}' has dtype {dtype}; only float32 and int32 are supported");
        }

        if (weight.Quantization is not { } quantization)
        {
            return new WeightLayout(name, shape, count, dtype, false, 1, 0);
        }

        return quantization.Dtype switch
        {
            "uint8" or "uint16" when quantization is { Scale: { } scale, Min: { } min } =>
                new WeightLayout(name, shape, count, quantization.Dtype, dtype == "int32", scale, min),
            "uint8" or "uint16" => throw new WeightsFormatException($"weight '{name}' is quantized to {quantization.Dtype} without scale and min"),
            "float16" => new WeightLayout(name, shape, count, "float16", dtype == "int32", 1, 0),
            _ => throw new WeightsFormatException($"weight '{name}' has unsupported quantization dtype {quantization.Dtype}"),
        };
    }

    public WeightTensor Decode(ReadOnlySpan<byte> bytes)
    {
        var values = new float[Count];
        for (var i = 0; i < values.Length; i++)
        {
            // Dequantized in double, then rounded to float32 (int32 weights: JavaScript's Math.round, halves up), as TF.js does.
            var value = StoredAs switch
            {
                "uint8" => (bytes[i] * Scale) + Min,
                "uint16" => (BinaryPrimitives.ReadUInt16LittleEndian(bytes[(i * 2)..]) * Scale) + Min,
                "float16" => (double)BinaryPrimitives.ReadHalfLittleEndian(bytes[(i * 2)..]),
                "int32" => BinaryPrimitives.ReadInt32LittleEndian(bytes[(i * 4)..]),
                _ => BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * 4)..]),
            };
            values[i] = (float)(RoundToInteger ? Math.Floor(value + 0.5) : value);
        }

        return new WeightTensor(Name, Shape, values);
    }
}
