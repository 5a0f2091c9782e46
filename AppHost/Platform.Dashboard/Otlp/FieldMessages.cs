namespace Platform.Dashboard.Otlp;

/// <summary>
/// Every length-delimited occurrence of one field number in a message, in order, other fields skipped: the items of
/// a repeated message field, or each copy of a singular one (protobuf keeps the last). Use with <c>foreach</c>.
/// </summary>
internal ref struct FieldMessages(ReadOnlySpan<byte> message, int field)
{
    private ProtoReader _reader = new(message);

    public ReadOnlySpan<byte> Current { get; private set; }

    public readonly FieldMessages GetEnumerator() => this;

    public bool MoveNext()
    {
        while (_reader.Next(out var number, out var wireType))
        {
            if (number == field && wireType == ProtoReader.Length)
            {
                Current = _reader.ReadLength();
                return true;
            }
            _reader.Skip(wireType);
        }
        return false;
    }
}
