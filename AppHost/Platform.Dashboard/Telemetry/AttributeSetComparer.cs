namespace Platform.Dashboard.Telemetry;

/// <summary>
/// Attribute lists as sets, whatever their order: what tells one metric series from another. Equal lists hash
/// alike without building <see cref="AttributeList.Key"/>, which every data point used to do.
/// </summary>
internal sealed class AttributeSetComparer : IEqualityComparer<AttributeList>
{
    public static AttributeSetComparer Instance { get; } = new();

    public bool Equals(AttributeList? x, AttributeList? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }
        if (x is null || y is null || x.Count != y.Count)
        {
            return false;
        }
        // Exporters repeat a series' attributes in the same order, so this is the usual answer.
        var sameOrder = true;
        for (var i = 0; i < x.Count && sameOrder; i++)
        {
            sameOrder = x[i].Key == y[i].Key && x[i].Value == y[i].Value;
        }
        return sameOrder || x.Key == y.Key;
    }

    /// <summary>A sum, so the order of the attributes does not matter.</summary>
    public int GetHashCode(AttributeList attributes)
    {
        var hash = 0;
        for (var i = 0; i < attributes.Count; i++)
        {
            hash += HashCode.Combine(attributes[i].Key, attributes[i].Value);
        }
        return hash;
    }
}
