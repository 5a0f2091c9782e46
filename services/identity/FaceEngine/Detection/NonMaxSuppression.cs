namespace Platform.Identity.FaceEngine.Detection;

/// <summary>Greedy non-max suppression: keep the best box, drop those overlapping it by more than the threshold, repeat.</summary>
public static class NonMaxSuppression
{
    public static IReadOnlyList<FaceDetection> Apply(IReadOnlyList<FaceDetection> candidates, double iouThreshold)
    {
        // Equal scores: the later candidate first, as face-api's stable ascending sort popped from the end does.
        var remaining = Enumerable.Range(0, candidates.Count)
            .OrderByDescending(i => candidates[i].Score)
            .ThenByDescending(i => i)
            .Select(i => candidates[i])
            .ToList();
        var kept = new List<FaceDetection>();
        while (remaining.Count > 0)
        {
            var best = remaining[0];
            kept.Add(best);
            remaining = remaining.Skip(1).Where(box => best.IntersectionOverUnion(box) <= iouThreshold).ToList();
        }

        return kept;
    }
}
