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
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        if (!IsoShape().IsMatch(s)) return false;
        value = OffsetSuffix().IsMatch(s) ? parsed : new DateTimeOffset(DateTime.SpecifyKind(parsed.DateTime, DateTimeKind.Unspecified), ThiDua.Reports.ReportCutOff.VietnamOffset);
        return true;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex IsoShape();

    [GeneratedRegex(@"(Z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex OffsetSuffix();
}
