namespace Platform.Gateway.Endpoints.Admin;

/// <summary>Why risk scored an operation as it did, in words a person reads.</summary>
public sealed record ReasonResponse(string Code, string Description, double Contribution);
