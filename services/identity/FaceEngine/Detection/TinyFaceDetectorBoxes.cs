using Platform.Identity.FaceEngine.Tensors;

namespace Platform.Identity.FaceEngine.Detection;

/// <summary>
/// Turns the detector's last layer (a grid of cells, each holding five anchors × [x, y, w, h, score] as raw values)
/// into boxes: sigmoid offsets within the cell, exponential scaling of the anchor's size, sigmoid score.
/// </summary>
public static class TinyFaceDetectorBoxes
{
    public const int ValuesPerBox = 5;

    /// <summary>Anchor sizes in grid cells (width, height), as the published tiny face detector was trained with.</summary>
    private static readonly (double Width, double Height)[] Anchors =
    [
        (1.603231, 2.094468),
        (6.041143, 7.080126),
        (2.882459, 3.518061),
        (4.266906, 5.178857),
        (9.041765, 10.66308),
    ];

    public static int AnchorCount => Anchors.Length;

    /// <summary>Every box scoring above <paramref name="scoreThreshold"/>, in cell-then-anchor order, scaled to <paramref name="inputSize"/> pixels.</summary>
    public static IReadOnlyList<FaceDetection> Decode(FeatureMap grid, int inputSize, double scoreThreshold)
    {
        if (grid.Height != grid.Width || grid.Channels != Anchors.Length * ValuesPerBox)
        {
            throw new ArgumentException($"detector output {grid} is not a square grid of {Anchors.Length} anchors × {ValuesPerBox}", nameof(grid));
        }

        var cells = grid.Height;
        var boxes = new List<FaceDetection>();
        for (var row = 0; row < cells; row++)
        {
            for (var col = 0; col < cells; col++)
            {
                var pixel = grid.Pixel(row, col);
                for (var anchor = 0; anchor < Anchors.Length; anchor++)
                {
                    var raw = pixel.Slice(anchor * ValuesPerBox, ValuesPerBox);
                    var score = Sigmoid(raw[4]);
                    if (score <= scoreThreshold)
                    {
                        continue;
                    }

                    var centreX = (col + Sigmoid(raw[0])) / cells;
                    var centreY = (row + Sigmoid(raw[1])) / cells;
                    var width = Math.Exp(raw[2]) * Anchors[anchor].Width / cells;
                    var height = Math.Exp(raw[3]) * Anchors[anchor].Height / cells;
                    boxes.Add(new FaceDetection(
                        (centreX - (width / 2)) * inputSize,
                        (centreY - (height / 2)) * inputSize,
                        width * inputSize,
                        height * inputSize,
                        score));
                }
            }
        }

        return boxes;
    }

    private static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
