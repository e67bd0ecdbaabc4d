using System.Buffers.Binary;
using System.Text;
using Npgsql;
using ThiDua.Periods;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// Writes stored rows to <c>analytics_results</c> as one binary COPY, the JSON streamed segment by segment: a month of a
/// big campaign is never gathered into one parameter. (A json value's binary form is its UTF-8 text.)
/// </summary>
internal static class AnalyticsRowsCopy
{
    // The signature "PGCOPY\n\xff\r\n\0", then flags and header-extension length (both 0).
    private static readonly byte[] Header = [.. "PGCOPY\n"u8, 0xFF, .. "\r\n"u8, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    public static async Task WriteAsync(NpgsqlConnection conn, string campaign, IEnumerable<(YearMonth Period, string Kind, int Part, JsonRowsBuffer Rows)> rows, CancellationToken ct)
    {
        await using var copy = await conn.BeginRawBinaryCopyAsync("copy analytics_results (campaign, period, kind, part, rows) from stdin (format binary)", ct);
        try
        {
            await copy.WriteAsync(Header, ct);
            var scratch = new byte[4];
            foreach (var (period, kind, part, json) in rows)
            {
                BinaryPrimitives.WriteInt16BigEndian(scratch, 5);
                await copy.WriteAsync(scratch.AsMemory(0, 2), ct);
                await TextAsync(copy, scratch, campaign, ct);
                await Int32Async(copy, scratch, 4, ct);
                await Int32Async(copy, scratch, period.Index, ct);
                await TextAsync(copy, scratch, kind, ct);
                await Int32Async(copy, scratch, 4, ct);
                await Int32Async(copy, scratch, part, ct);
                await Int32Async(copy, scratch, json.Length, ct);
                foreach (var segment in json.Segments) await copy.WriteAsync(segment, ct);
            }
            BinaryPrimitives.WriteInt16BigEndian(scratch, -1);
            await copy.WriteAsync(scratch.AsMemory(0, 2), ct);
        }
        catch
        {
            // Never let a half-written row be committed as the end of the data.
            await copy.CancelAsync();
            throw;
        }
    }

    private static async Task TextAsync(Stream copy, byte[] scratch, string text, CancellationToken ct)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await Int32Async(copy, scratch, bytes.Length, ct);
        await copy.WriteAsync(bytes, ct);
    }

    private static async Task Int32Async(Stream copy, byte[] scratch, int value, CancellationToken ct)
    {
        BinaryPrimitives.WriteInt32BigEndian(scratch, value);
        await copy.WriteAsync(scratch.AsMemory(0, 4), ct);
    }
}
