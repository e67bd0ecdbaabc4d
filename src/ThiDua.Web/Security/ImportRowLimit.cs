using System.Buffers;
using ThiDua.Web.Errors;

namespace ThiDua.Web.Security;

/// <summary>
/// Refuses a CSV with more data lines than <see cref="SecurityLimits.MaxImportRows"/> before it is parsed. Counts
/// physical lines (a quoted line break counts too), which errs on the safe side and needs no parser.
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
            long lines = 0;
            int read;
            var last = (byte)'\n';
            while ((read = await content.ReadAsync(buffer.AsMemory(0, buffer.Length), ct)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
                if (lines - 1 > maxRows) break;
            }
            if (last != '\n') lines++;
            if (lines - 1 > maxRows)
                throw new RequestRejectedException(413,
                    $"Tệp có quá nhiều dòng: tối đa {maxRows} dòng dữ liệu; hãy chia nhỏ tệp / the file has too many lines: at most {maxRows} data lines; split it.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            content.Position = start;
        }
    }
}
