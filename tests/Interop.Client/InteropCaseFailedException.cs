namespace Interop.Client;

/// <summary>A case's assertion did not hold; the message says what was expected and what came.</summary>
public sealed class InteropCaseFailedException(string message) : Exception(message);
