using System.Buffers;
using System.Text;

namespace ThiDua.Import.Parsing;

/// <summary>
/// A read-only pass-through stream that lets only real text reach CsvHelper: UTF-8 (with or without BOM, checked
/// strictly — CsvHelper itself would silently replace bad bytes with U+FFFD) or UTF-16 LE/BE with a BOM.
/// The first chunk is checked before anything is parsed, so a binary or Windows-1258/TCVN3 file is rejected at
/// once; later chunks are checked as CsvHelper pulls them, so memory stays flat whatever the file size.
/// </summary>
internal sealed class StrictTextStream : ReadOnlyForwardStream
{
    private const int FirstChunkSize = 64 * 1024;
    private readonly Stream inner;
    private readonly bool leaveOpen;
    private readonly TextValidator validator;
    private byte[]? firstChunk;
    private int firstChunkOffset;
    private readonly int firstChunkLength;
    private bool endOfInput;

    private StrictTextStream(Stream inner, bool leaveOpen, byte[] firstChunk, int firstChunkLength, TextValidator validator)
    {
        this.inner = inner;
        this.leaveOpen = leaveOpen;
        this.firstChunk = firstChunk;
        this.firstChunkLength = firstChunkLength;
        this.validator = validator;
    }

    /// <summary>The first line as text (for the header's line number); empty for an empty input.</summary>
    public string FirstLine { get; private set; } = "";

    public bool IsEmpty => firstChunkLength == 0;

    /// <summary>
    /// The 1-based line of the last double quote passed on to the reader (0: none yet), so a record too long to read can
    /// be told apart: one with a quote (probably never closed) from a line that is simply too long. Counted on bytes
    /// ('"' and '\n'), exact for UTF-8; for UTF-16 a character whose other byte is one of those can count too.
    /// </summary>
    public long LastQuoteLine { get; private set; }

    private long linesBefore;

    /// <summary>Reads and checks the first chunk; throws <see cref="InvalidTextEncodingException"/> for non-text input.</summary>
    public static StrictTextStream Open(Stream inner, bool leaveOpen)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(FirstChunkSize);
        var length = inner.ReadAtLeast(buffer.AsSpan(0, FirstChunkSize), FirstChunkSize, throwOnEndOfStream: false);
        var chunk = buffer.AsSpan(0, length);
        var validator = TextValidator.ForPreamble(chunk, out var encoding, out var bomLength);
        var stream = new StrictTextStream(inner, leaveOpen, buffer, length, validator);
        try
        {
            stream.endOfInput = length < FirstChunkSize;
            validator.Validate(chunk[bomLength..], stream.endOfInput);
            var text = encoding.GetString(chunk[bomLength..Math.Min(length, bomLength + 4096)]);
            var lineEnd = text.AsSpan().IndexOfAny('\r', '\n');
            stream.FirstLine = lineEnd < 0 ? text : text[..lineEnd];
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (firstChunk is { } pending)
        {
            var n = Math.Min(buffer.Length, firstChunkLength - firstChunkOffset);
            pending.AsSpan(firstChunkOffset, n).CopyTo(buffer);
            firstChunkOffset += n;
            if (firstChunkOffset == firstChunkLength) ReturnFirstChunk();
            Track(buffer[..n]);
            return n;
        }
        if (endOfInput) return 0;
        var read = inner.Read(buffer);
        if (read == 0) endOfInput = true;
        validator.Validate(buffer[..read], endOfInput);
        Track(buffer[..read]);
        return read;
    }

    // Two vectorised passes per chunk (a third only when it holds a quote): not measurable beside the parsing.
    private void Track(ReadOnlySpan<byte> chunk)
    {
        var quote = chunk.LastIndexOf((byte)'"');
        if (quote >= 0) LastQuoteLine = linesBefore + 1 + chunk[..quote].Count((byte)'\n');
        linesBefore += chunk.Count((byte)'\n');
    }

    private void ReturnFirstChunk()
    {
        if (firstChunk is null) return;
        ArrayPool<byte>.Shared.Return(firstChunk);
        firstChunk = null;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ReturnFirstChunk();
            if (!leaveOpen) inner.Dispose();
        }
        base.Dispose(disposing);
    }

    internal static Encoding EncodingFor(bool utf16, bool bigEndian) =>
        utf16 ? new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true) : new UTF8Encoding(false, true);
}
