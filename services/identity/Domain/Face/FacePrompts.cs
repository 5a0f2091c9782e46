using System.Security.Cryptography;
using Platform.Identity.FaceEngine.Liveness;

namespace Platform.Identity.Domain.Face;

/// <summary>
/// The head movements a face session may prompt, by the name the client shows (turns are named from the
/// person's side). Every prompt turns both ways, so no still photo can perform it; the order is drawn at random,
/// so a recording made for one session fits the next only half the time.
/// </summary>
public static class FacePrompts
{
    private static readonly Dictionary<string, HeadMovement[]> Movements = new(StringComparer.Ordinal)
    {
        ["turn_left_then_right"] = [HeadMovement.TurnLeft, HeadMovement.TurnRight],
        ["turn_right_then_left"] = [HeadMovement.TurnRight, HeadMovement.TurnLeft],
    };

    private static readonly string[] Names = [.. Movements.Keys];

    public static string Draw() => Names[RandomNumberGenerator.GetInt32(Names.Length)];

    /// <summary>The movements of <paramref name="prompt"/>; null for a name this version does not prompt.</summary>
    public static IReadOnlyList<HeadMovement>? MovementsOf(string prompt) =>
        Movements.TryGetValue(prompt, out var movements) ? movements : null;
}
