using System.Buffers;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Security;

/// <summary>
/// Refuses a CSV with more data lines than <see cref="SecurityLimits.MaxImportRows"/> before it is parsed. Counts
/// physical lines (a quoted line break counts too), which errs on the safe side and needs no parser. A line ends
/// as the CSV reader ends it: LF, CRLF or a CR alone (old Mac files; counting LF only let 600,000 CR-only lines
/// through a 500,000 limit); UTF-16's CR 00 LF is one end too.
/// </summary>
public static class ImportRowLimit
{
    public static async Task EnsureWithinAsync(Stream content, int maxRows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek) return; // uploads are buffered or stored files, both seekable
        var start = content.Position;
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var counter = new LineCounter();
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, buffer.Length), ct)) > 0)
            {
                counter.Add(buffer.AsSpan(0, read));
                if (counter.Lines - 1 > maxRows) break;
            }
            if (counter.Complete() - 1 > maxRows)
                throw new RequestRejectedException(413,
                    $"Tệp có quá nhiều dòng: tối đa {maxRows} dòng dữ liệu; hãy chia nhỏ tệp / the file has too many lines: at most {maxRows} data lines; split it.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            content.Position = start;
        }
    }

    /// <summary>Line ends across buffers: a CR is held until the next byte says whether an LF (or 00 LF) completes it.</summary>
    private struct LineCounter
    {
        private int _pendingCr; // 0 none, 1 after CR, 2 after CR 00
        private bool _endsWithBreak;

        public long Lines { get; private set; }

        public void Add(ReadOnlySpan<byte> bytes)
        {
            if (bytes.IsEmpty) return;
            var i = 0;
            while (i < bytes.Length)
            {
                if (_pendingCr != 0)
                {
                    var b = bytes[i];
                    if (b == '\n') { Lines++; _pendingCr = 0; i++; continue; }
                    if (b == 0 && _pendingCr == 1) { _pendingCr = 2; i++; continue; }
                    Lines++; // the CR ended a line by itself
                    _pendingCr = 0;
                    continue;
                }
                var next = bytes[i..].IndexOfAny((byte)'\n', (byte)'\r');
                if (next < 0) break;
                i += next;
                if (bytes[i] == '\n') Lines++;
                else _pendingCr = 1;
                i++;
            }
            var last = bytes[^1];
            _endsWithBreak = last == '\n' || last == '\r' || (last == 0 && bytes.Length >= 2 && bytes[^2] is (byte)'\n' or (byte)'\r');
        }

        /// <summary>All lines, the last one counted even without a line end.</summary>
        public long Complete()
        {
            if (_pendingCr != 0) Lines++;
            _pendingCr = 0;
            return _endsWithBreak ? Lines : Lines + 1;
        }
    }
}
