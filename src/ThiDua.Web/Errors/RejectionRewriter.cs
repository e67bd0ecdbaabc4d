using System.Buffers;
using System.IO.Pipelines;

namespace ThiDua.Web.Errors;

/// <summary>
/// The connection's output as Kestrel writes it, with <see cref="KestrelRejections.Rewrite"/> applied to each flush.
/// Kestrel writes into this writer's own buffer; only the start of a flush is held back, and once its first bytes
/// cannot begin a rejection (an answer that is not a 4xx) they and everything after are copied into the transport's
/// pipe as they are advanced. So an ordinary answer costs one copy of its bytes, not a stream adapter with a second
/// pipe, its own flushes and locks on every write.
/// </summary>
/// <remarks>
/// Like a <see cref="Pipe"/>'s writer, memory handed out and not yet advanced stays where it is across a flush and is
/// handed out again by the next <c>GetMemory</c> that fits in it: Kestrel's chunked writer writes a chunk's data first
/// and its length prefix later, through a second <c>GetSpan</c>, into the same memory.
/// </remarks>
internal sealed class RejectionRewriter(PipeWriter inner) : PipeWriter
{
    private const int Smallest = 4096;
    private static ReadOnlySpan<byte> Rejection => "HTTP/1.1 4"u8;

    private byte[] _buffer = new byte[Smallest];
    private int _start;    // first byte not yet passed to the transport: [_start, _position) is held back
    private int _position; // where the next memory handed out starts
    private bool _passing; // this flush cannot be a rejection: advanced bytes go on at once

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        var need = Math.Max(sizeHint, 1);
        if (_buffer.Length - _position < need)
        {
            // Keep everything from _start on (held bytes and whatever was written into memory not yet advanced).
            var kept = _buffer.Length - _start;
            var target = _start > 0 && _position - _start + Math.Max(need, Smallest) <= _buffer.Length
                ? _buffer : new byte[Math.Max(_buffer.Length * 2, _position - _start + Math.Max(need, Smallest))];
            _buffer.AsSpan(_start, kept).CopyTo(target);
            _buffer = target;
            _position -= _start;
            _start = 0;
        }
        return _buffer.AsMemory(_position);
    }

    public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    public override void Advance(int bytes)
    {
        _position += bytes;
        if (!_passing && Rejection.StartsWith(_buffer.AsSpan(_start, Math.Min(_position - _start, Rejection.Length)))) return;
        _passing = true;
        inner.Write(_buffer.AsSpan(_start, _position - _start));
        _start = _position;
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default)
    {
        WriteHeld(rewrite: true);
        _passing = false; // the next flush starts a new answer (or the rest of this one): look at its start again
        return inner.FlushAsync(cancellationToken);
    }

    // System.Text.Json asks how much is buffered when it writes to the response (Kestrel passes the question on).
    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes + (_position - _start);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null)
    {
        WriteHeld(rewrite: false);
        inner.Complete(exception);
    }

    public override async ValueTask CompleteAsync(Exception? exception = null)
    {
        WriteHeld(rewrite: false);
        await inner.CompleteAsync(exception);
    }

    private void WriteHeld(bool rewrite)
    {
        if (_position == _start) return;
        var held = _buffer.AsSpan(_start, _position - _start);
        if (rewrite && KestrelRejections.Rewrite(held) is { } replaced) inner.Write(replaced);
        else inner.Write(held);
        _start = _position;
    }
}
