using Platform.Identity.FaceEngine.Detection;

namespace FaceEngine.Tests.Detection;

public class NonMaxSuppressionTests
{
    [Fact]
    public void Keeps_the_best_of_overlapping_boxes_and_every_box_that_overlaps_little()
    {
        var weak = new FaceDetection(1, 1, 10, 10, 0.6);
        var strong = new FaceDetection(0, 0, 10, 10, 0.9);
        var apart = new FaceDetection(50, 50, 10, 10, 0.7);
        var touching = new FaceDetection(8, 0, 10, 10, 0.8);   // IoU 20/180 with the strong box

        var kept = NonMaxSuppression.Apply([weak, strong, apart, touching], iouThreshold: 0.4);

        Assert.Equal([strong, touching, apart], kept);
    }

    [Fact]
    public void Of_equal_scores_the_later_box_wins_as_in_face_api()
    {
        var first = new FaceDetection(0, 0, 10, 10, 0.8);
        var second = new FaceDetection(1, 0, 10, 10, 0.8);

        Assert.Equal([second], NonMaxSuppression.Apply([first, second], iouThreshold: 0.4));
    }

    [Fact]
    public void Nothing_in_nothing_out() => Assert.Empty(NonMaxSuppression.Apply([], 0.4));
}
