using Platform.Identity.FaceEngine.Layers;

namespace FaceEngine.Tests.Layers;

public class PaddingTests
{
    [Theory]
    [InlineData(112, 3, 2, 0, 1, 56)]   // TF 'same', stride 2 on an even side: nothing before, one after
    [InlineData(7, 3, 1, 1, 1, 7)]
    [InlineData(207, 2, 2, 0, 1, 104)]
    [InlineData(13, 2, 1, 0, 1, 13)]
    [InlineData(8, 1, 1, 0, 0, 8)]
    public void Same_gives_ceil_of_size_over_stride_with_the_smaller_half_first(int size, int kernel, int stride, int before, int after, int outputs)
    {
        var padding = Padding.Same(size, size, kernel, stride);

        Assert.Equal(new Padding(before, after, before, after), padding);
        Assert.Equal(outputs, padding.OutputHeight(size, kernel, stride));
        Assert.Equal(outputs, padding.OutputWidth(size, kernel, stride));
    }
}
