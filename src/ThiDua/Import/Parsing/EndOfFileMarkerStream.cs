namespace ThiDua.Import.Parsing;

/// <summary>
/// Drops one Ctrl-Z (0x1A) that ends the input: DOS-era tools and some accounting exports still append it as an
/// end-of-file mark, and read as data it made a last "row" of one field that refused the whole file. A Ctrl-Z anywhere
/// else is passed on (and refused as a control character). Holds back at most that one byte, so it streams as before.
/// </summary>
internal sealed class EndOfFileMarkerStream(Stream inner, bool leaveOpen) : ReadOnlyForwardStream
{
    private const byte CtrlZ = 0x1A;
    private bool holding;
    private bool firstRead = true;

    // Off for UTF-16 (its byte order mark first): a Ctrl-Z there is two bytes, and its last byte is not 0x1A alone.
    private bool enabled = true;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty) return 0;
        var start = 0;
        if (holding)
        {
            // A one-byte read cannot look ahead: the held Ctrl-Z is passed on (a caller never reads this way in practice).
            var more = buffer.Length > 1 ? inner.Read(buffer[1..]) : -1;
            if (more == 0) return 0; // the Ctrl-Z was the last byte: dropped
            holding = false;
            buffer[0] = CtrlZ;
            if (more < 0) return 1;
            start = 1 + more;
        }
        else start = inner.Read(buffer);
        if (firstRead && start > 0)
        {
            firstRead = false;
            enabled = !(start >= 2 && buffer[..2] is [0xFF, 0xFE] or [0xFE, 0xFF]);
        }
        if (start > 0 && enabled && buffer[start - 1] == CtrlZ)
        {
            holding = true;
            start--;
            if (start == 0) return Read(buffer);
        }
        return start;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen) inner.Dispose();
        base.Dispose(disposing);
    }
}
