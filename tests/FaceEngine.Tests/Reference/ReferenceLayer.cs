namespace FaceEngine.Tests.Reference;

/// <summary>One layer's output as TF.js computed it: [height, width, channels] and the values in that order.</summary>
public sealed record ReferenceLayer(string Name, int[] Shape, float[] Values);
