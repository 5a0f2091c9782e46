using System.Buffers;

namespace Platform.Redis.Connection;

/// <summary>
/// The reader's pooled buffer: bytes received but not yet parsed sit between a start and an end offset. When it
/// fills, unparsed bytes move to the front, and only a reply larger than the whole buffer makes it grow.
/// </summary>
internal sealed class ReceiveBuffer
{
    private const int InitialSize = 64 * 1024;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _start;
    private int _end;

    public ReadOnlySpan<byte> Unread => _buffer.AsSpan(_start, _end - _start);

    public Memory<byte> FreeSpace()
    {
        if (_end == _buffer.Length)
        {
            MakeRoom();
        }
        return _buffer.AsMemory(_end);
    }

    public void Commit(int received) => _end += received;

    public void Consume(int length)
    {
        _start += length;
        if (_start == _end)
        {
            _start = _end = 0;
        }
    }

    public void Release()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _start = _end = 0;
    }

    private void MakeRoom()
    {
        if (_start > 0)
        {
            Unread.CopyTo(_buffer);
            _end -= _start;
            _start = 0;
            return;
        }
        var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, _end).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }
}
