using Platform.Identity.FaceEngine.Layers;
using Platform.Identity.FaceEngine.Tensors;
using Platform.Identity.FaceEngine.Weights;

namespace Platform.Identity.FaceEngine.Recognition;

/// <summary>
/// One residual block of the recognition net: two 3×3 scaled convolutions (ReLU after the first) added to a shortcut,
/// then ReLU. A plain block keeps the size and adds its input. A down block's first convolution has stride 2 and no
/// padding; its shortcut is the input's 2×2 average pool, widened with zero channels when the block doubles the
/// channels; when the convolutions come out one pixel short of the pool, they get a zero row and column below/right.
/// </summary>
public sealed class ResidualBlock
{
    private readonly ScaledConvolution first;
    private readonly ScaledConvolution second;

    public ResidualBlock(WeightSet weights, string prefix, bool down)
    {
        first = new ScaledConvolution(weights, $"{prefix}/conv1");
        second = new ScaledConvolution(weights, $"{prefix}/conv2");
        Name = prefix;
        IsDown = down;
        if (!down && first.InputChannels != second.OutputChannels)
        {
            throw new WeightsFormatException($"{prefix}: a block that keeps its size cannot go from {first.InputChannels} to {second.OutputChannels} channels");
        }

        if (down && second.OutputChannels != first.InputChannels && second.OutputChannels != 2 * first.InputChannels)
        {
            throw new WeightsFormatException($"{prefix}: a down block keeps or doubles its channels, not {first.InputChannels} to {second.OutputChannels}");
        }
    }

    public string Name { get; }

    public bool IsDown { get; }

    public FeatureMap Apply(FeatureMap input)
    {
        if (!IsDown)
        {
            var inner = first.ApplySame(input, relu: true);
            var residual = second.ApplySame(inner, relu: false);
            var output = ElementWise.AddRelu(residual, input);
            MapPool.Return(inner);
            MapPool.Return(residual);
            return output;
        }

        var down = first.ApplyValidDown(input, relu: true);
        var path = second.ApplySame(down, relu: false);
        MapPool.Return(down);
        var shortcut = AveragePool.ApplyValid(input, window: 2, stride: 2);
        if (path.Height != shortcut.Height || path.Width != shortcut.Width)
        {
            var padded = PadBottomRight(path, shortcut.Height, shortcut.Width);
            MapPool.Return(path);
            path = padded;
        }

        // Adding zeros changes nothing, so the widened shortcut is the pool's values in the first channels only; the
        // sum is made in the path's own array.
        var sum = path;
        for (var y = 0; y < sum.Height; y++)
        {
            for (var x = 0; x < sum.Width; x++)
            {
                var target = sum.Pixel(y, x)[..shortcut.Channels];
                System.Numerics.Tensors.TensorPrimitives.Add(shortcut.Pixel(y, x), target, target);
            }
        }

        MapPool.Return(shortcut);
        return ElementWise.ReluInPlace(sum);
    }

    private static FeatureMap PadBottomRight(FeatureMap map, int height, int width)
    {
        if (height != map.Height + 1 || width != map.Width + 1)
        {
            throw new ArgumentException($"a down block's convolutions ({map}) cannot be padded to {height}x{width}", nameof(map));
        }

        var padded = new FeatureMap(height, width, map.Channels);
        for (var y = 0; y < map.Height; y++)
        {
            map.Row(y).CopyTo(padded.Row(y));
        }

        return padded;
    }
}
