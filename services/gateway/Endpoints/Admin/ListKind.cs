namespace Platform.Gateway.Endpoints.Admin;

/// <summary>Which block list an entry goes on.</summary>
public enum ListKind
{
    Device,
    Card,
    Account,
}
