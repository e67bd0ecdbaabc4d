using System.Globalization;
using System.Text.RegularExpressions;

namespace ThiDua.Analytics.Querying;

/// <summary>
/// An "as of" time (<c>--as-of</c>, <c>?asOf=</c>) in ISO 8601 only: <c>05/07/2024</c> is refused rather than
/// guessed, as a Vietnamese reader means 5 July and a US parser 7 May. Without an offset (as an HTML
/// datetime-local field sends it) the time is read as Vietnam's, +07:00.
/// </summary>
public static partial class AsOfParser
{
    /// <summary>What a valid value looks like, for the callers' error messages.</summary>
    public const string Expected = "ISO 8601, năm 1900–9998 / ISO 8601, years 1900 to 9998 (e.g. 2024-07-05T08:00:00+07:00)";

    /// <summary>
    /// <see cref="Expected"/> in Vietnamese alone, with the example and what a time without an offset means, for a caller
    /// that writes the two languages on lines of their own (the CLI's usage errors).
    /// </summary>
    public const string ExpectedVi = "ISO 8601, năm 1900–9998 (ví dụ 2024-07-05T08:00:00+07:00; không ghi múi giờ thì là giờ Việt Nam)";

    /// <summary><see cref="ExpectedVi"/> in English.</summary>
    public const string ExpectedEn = "ISO 8601, years 1900 to 9998 (e.g. 2024-07-05T08:00:00+07:00; without an offset, Vietnam time)";

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        if (!IsoShape().IsMatch(s)) return false;
        // Years far out would overflow when the offset is applied (0001-01-01 at +07:00 is before year 1): no use to anyone.
        if (parsed.Year is < 1900 or > 9998) return false;
        value = OffsetSuffix().IsMatch(s) ? parsed : new DateTimeOffset(DateTime.SpecifyKind(parsed.DateTime, DateTimeKind.Unspecified), ThiDua.Reports.ReportCutOff.VietnamOffset);
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex IsoShape();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex OffsetSuffix();
}
