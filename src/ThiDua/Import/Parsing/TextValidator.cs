using System.Text;
using System.Text.Unicode;

namespace ThiDua.Import.Parsing;

/// <summary>
/// Checks consecutive chunks of a byte stream are text of one encoding, carrying incomplete characters across
/// chunk boundaries and counting lines so a failure names the line of the first bad byte.
/// NUL is refused too: it means binary data, or UTF-16 saved without a BOM.
/// </summary>
internal sealed class TextValidator
{
    private const string SaveAsVi = "Lưu lại tệp dưới dạng CSV UTF-8 (Excel: Tệp → Lưu thành → CSV UTF-8 (Phân cách bằng dấu phẩy)).";
    private const string SaveAsEn = "Save as CSV UTF-8 (in Excel: File → Save As → CSV UTF-8 (Comma delimited)).";

    private readonly Decoder? utf16Decoder;
    private readonly byte[] carry = new byte[4];
    private int carryCount;
    private int completedLines;
    private bool previousWasCr;
    private char[]? scratch;

    private TextValidator(Decoder? utf16Decoder) => this.utf16Decoder = utf16Decoder;

    /// <summary>Picks the encoding from the byte order mark (none → UTF-8); refuses UTF-32.</summary>
    public static TextValidator ForPreamble(ReadOnlySpan<byte> start, out Encoding lenientEncoding, out int bomLength)
    {
        if (start.StartsWith(new byte[] { 0xFF, 0xFE, 0, 0 }) || start.StartsWith(new byte[] { 0, 0, 0xFE, 0xFF }))
            throw Invalid(1, "tệp được mã hóa UTF-32, không được hỗ trợ.", "the file is encoded in UTF-32, which is not supported.");
        if (start.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            (lenientEncoding, bomLength) = (Encoding.UTF8, 3);
            return new TextValidator(null);
        }
        if (start.StartsWith(new byte[] { 0xFF, 0xFE }) || start.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            var bigEndian = start[0] == 0xFE;
            (lenientEncoding, bomLength) = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode, 2);
            return new TextValidator(StrictTextStream.EncodingFor(utf16: true, bigEndian).GetDecoder());
        }
        (lenientEncoding, bomLength) = (Encoding.UTF8, 0);
        return new TextValidator(null);
    }

    public void Validate(ReadOnlySpan<byte> chunk, bool endOfInput)
    {
        if (utf16Decoder is null) ValidateUtf8(chunk, endOfInput);
        else ValidateUtf16(chunk, endOfInput);
    }

    private void ValidateUtf8(ReadOnlySpan<byte> chunk, bool endOfInput)
    {
        var start = 0;
        while (carryCount > 0 && start < chunk.Length)
        {
            carry[carryCount++] = chunk[start++];
            var status = Rune.DecodeFromUtf8(carry.AsSpan(0, carryCount), out _, out _);
            if (status == System.Buffers.OperationStatus.Done) carryCount = 0;
            else if (status == System.Buffers.OperationStatus.InvalidData || carryCount == 4) throw NotUtf8(completedLines + 1);
        }
        var body = chunk[start..];
        var tail = endOfInput ? 0 : IncompleteTailLength(body);
        var complete = body[..^tail];
        if (!Utf8.IsValid(complete) || complete.Contains((byte)0))
        {
            var bad = FirstBadIndex(complete);
            CountLines(complete[..bad]);
            throw complete[bad] == 0 ? ContainsNul(completedLines + 1) : NotUtf8(completedLines + 1);
        }
        CountLines(complete);
        body[^tail..].CopyTo(carry);
        carryCount += tail;
        if (endOfInput && carryCount > 0) throw NotUtf8(completedLines + 1);
    }

    private void ValidateUtf16(ReadOnlySpan<byte> chunk, bool endOfInput)
    {
        scratch ??= new char[16 * 1024];
        var decoder = utf16Decoder!;
        do
        {
            int bytesUsed, charsUsed;
            try
            {
                decoder.Convert(chunk, scratch, endOfInput, out bytesUsed, out charsUsed, out _);
            }
            catch (DecoderFallbackException)
            {
                throw Invalid(completedLines + 1, "tệp UTF-16 chứa ký tự không hợp lệ.", "the UTF-16 file contains invalid characters.");
            }
            var text = scratch.AsSpan(0, charsUsed);
            var nul = text.IndexOf('\0');
            if (nul >= 0)
            {
                CountLines(text[..nul]);
                throw ContainsNul(completedLines + 1);
            }
            CountLines(text);
            chunk = chunk[bytesUsed..];
        }
        while (!chunk.IsEmpty);
    }

    /// <summary>Bytes at the end that start a multi-byte character the next chunk completes.</summary>
    private static int IncompleteTailLength(ReadOnlySpan<byte> bytes)
    {
        for (var i = 1; i <= Math.Min(3, bytes.Length); i++)
        {
            var b = bytes[^i];
            if ((b & 0xC0) == 0x80) continue;
            if (b < 0xC0) return 0;
            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
            return needed > i ? i : 0;
        }
        return 0;
    }

    private static int FirstBadIndex(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length)
        {
            if (bytes[index] == 0) return index;
            if (Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return index;
            index += consumed;
        }
        return Math.Max(0, bytes.Length - 1);
    }

    // CR LF, LF and a lone CR each end a line, as CsvHelper counts them.
    private void CountLines(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return;
        if (previousWasCr && bytes[0] == (byte)'\n') completedLines--;
        completedLines += bytes.Count((byte)'\n') + bytes.Count((byte)'\r') - bytes.Count("\r\n"u8);
        previousWasCr = bytes[^1] == (byte)'\r';
    }

    private void CountLines(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        if (previousWasCr && text[0] == '\n') completedLines--;
        completedLines += text.Count('\n') + text.Count('\r') - text.Count("\r\n");
        previousWasCr = text[^1] == '\r';
    }

    private static InvalidTextEncodingException NotUtf8(int line) => Invalid(line,
        "tệp không phải văn bản UTF-8 hợp lệ (có thể được lưu bằng bảng mã Windows-1258/TCVN3/VNI, hoặc không phải tệp CSV).",
        "the file is not valid UTF-8 text (it may be saved in Windows-1258/TCVN3/VNI, or not be a CSV file at all).");

    private static InvalidTextEncodingException ContainsNul(int line) => Invalid(line,
        "tệp chứa byte NUL: đây là tệp nhị phân hoặc tệp UTF-16 không có BOM.",
        "the file contains NUL bytes: it is binary, or UTF-16 without a byte order mark.");

    private static InvalidTextEncodingException Invalid(int line, string vi, string en) =>
        new(line, $"Sai bảng mã ở dòng {line}: {vi} {SaveAsVi}", $"Wrong encoding at line {line}: {en} {SaveAsEn}");
}
