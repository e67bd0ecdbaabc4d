using System.Globalization;
using System.Text;

namespace ThiDua.Reports.Pdf;

/// <summary>
/// Sets a printed PDF's creation and modification dates to the report's cut-off. Chromium stamps the moment it printed,
/// so a report regenerated with the same cut-off differed in those two fields only; now it is the same file, as its
/// HTML is. Only a date written the way Chromium's Skia writes it (<c>(D:YYYYMMDDHHmmSS+00'00')</c>) is rewritten,
/// digit for digit, so the file keeps its length and its cross-reference offsets stay right; anything else is left as printed.
/// </summary>
internal static class PdfDates
{
    private static readonly string[] Keys = ["/CreationDate (D:", "/ModDate (D:"];
    private const int Digits = 14;
    private const string Utc = "+00'00')";

    /// <returns>Whether a date was rewritten.</returns>
    public static bool Stamp(byte[] bytes, DateTimeOffset at)
    {
        var stamp = Encoding.ASCII.GetBytes(at.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        var changed = false;
        foreach (var key in Keys)
        {
            var at0 = bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(key));
            if (at0 < 0) continue;
            var digits = at0 + key.Length;
            if (!IsSkiaDate(bytes, digits)) continue;
            stamp.CopyTo(bytes, digits);
            changed = true;
        }
        return changed;
    }

    private static bool IsSkiaDate(byte[] bytes, int start)
    {
        if (start + Digits + Utc.Length > bytes.Length) return false;
        for (var i = 0; i < Digits; i++)
            if (bytes[start + i] is < (byte)'0' or > (byte)'9') return false;
        return bytes.AsSpan(start + Digits, Utc.Length).SequenceEqual(Encoding.ASCII.GetBytes(Utc));
    }
}
