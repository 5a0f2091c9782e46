using Platform.Identity.FaceEngine.Detection;
using Platform.Identity.FaceEngine.Imaging;
using Platform.Identity.FaceEngine.Landmarks;

namespace FaceEngine.Tests.Landmarks;

public class FaceCropTests
{
    private static readonly RgbImage White = new(20, 10, Enumerable.Repeat((byte)255, 20 * 10 * 3).ToArray());

    [Fact]
    public void A_box_overhanging_the_image_is_clipped_and_floored()
    {
        var crop = FaceCrop.From(White, new FaceDetection(-3.5, 2.7, 10.9, 20, 0.9), size: 8)!;

        // Like face-api: x, y, width and height floored each on its own (width 7.4, height 10 - 2.7 = 7.3).
        Assert.Equal((0, 2, 7, 7), (crop.Left, crop.Top, crop.Width, crop.Height));
    }

    [Fact]
    public void A_box_outside_the_image_gives_no_crop() =>
        Assert.Null(FaceCrop.From(White, new FaceDetection(25, 0, 5, 5, 0.9), size: 8));

    [Fact]
    public void A_tall_crop_is_padded_with_black_on_both_sides()
    {
        var crop = FaceCrop.From(White, new FaceDetection(0, 0, 4, 8, 0.9), size: 8)!;

        // 4 columns of padding: 2 before, 2 after; the rows are the image's white.
        var row = Enumerable.Range(0, 8).Select(x => crop.Input.Pixel(3, x)[0]).ToArray();
        Assert.Equal([0f, 0f, 255f, 255f, 255f, 255f, 0f, 0f], row);
    }
}
