using System.Globalization;
using ThiDua.Analytics.Querying;
using ThiDua.Reports;

namespace ThiDua.Web.Html;

/// <summary>
/// A day, or a day and time, in a page's form, written dd/mm/yyyy whatever the browser's language: a text field with
/// that placeholder and pattern (an <c>input type="date"</c> shows the browser's locale, mm/dd/yyyy in an English
/// browser), read back here. The ISO form the pages' own links carry (2024-07-05, 2024-07-05T08:30:00+07:00) is
/// read too. A time without an offset is Vietnam's (+07:00), as the pages show it.
/// </summary>
public static class DateField
{
    private static readonly string[] Days = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];
    // The fraction of a second is read back (it is written only when the instant has one: see Instant).
    private static readonly string[] Times = ["dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm:ss", "dd/MM/yyyy HH:mm:ss.FFFFFFF", "d/M/yyyy H:mm:ss.FFFFFFF",
        "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy", "d/M/yyyy"];

    // What the browser checks before sending (its own message is the title's words); the server checks again.
    private const string DayPattern = @"\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2}";
    private const string TimePattern = @"\d{1,2}/\d{1,2}/\d{4}( \d{1,2}:\d{2}(:\d{2}(\.\d{1,7})?)?)?|\d{4}-\d{2}-\d{2}.*";

    /// <summary>A field for a day: <c>30/06/2022</c>.</summary>
    /// <param name="value">As the request had it: shown as the reader wrote it, an ISO day as dd/mm/yyyy.</param>
    public static string Day(string name, string label, string? value, bool required = false) =>
        Input(name, label, TryParseDay(value, out var day) ? day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : value,
            "dd/mm/yyyy", DayPattern, "Ngày dạng dd/mm/yyyy, ví dụ 30/06/2022 / a day as dd/mm/yyyy, e.g. 30/06/2022", required);

    /// <summary>
    /// A field for an instant, in Vietnam time with its seconds: <c>05/07/2024 08:30:00</c>, and the fraction of a second
    /// when it has one (<c>05/07/2024 08:30:00.351012</c>, as a link from an event's exact time carries it): the form sends the
    /// field back with every other filter changed, and a fraction dropped there moved the page to another instant (a
    /// decision recorded in that second vanished).
    /// </summary>
    public static string Instant(string name, string label, DateTimeOffset? value) =>
        Input(name, label, value?.ToOffset(ReportCutOff.VietnamOffset).ToString("dd/MM/yyyy HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            "dd/mm/yyyy hh:mm", TimePattern,
            "Ngày dd/mm/yyyy, có thể kèm giờ hh:mm (giờ Việt Nam), ví dụ 05/07/2024 08:30 / a day as dd/mm/yyyy, optionally with hh:mm (Vietnam time), e.g. 05/07/2024 08:30",
            required: false);

    /// <summary>A day as the field writes it (30/06/2022, 1/6/2022) or ISO (2022-06-30).</summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact((text ?? "").Trim(), Days, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>
    /// An instant as the field writes it (05/07/2024, 05/07/2024 08:30, 05/07/2024 08:30:15, 05/07/2024 08:30:15.25: Vietnam time), or ISO 8601
    /// as <see cref="AsOfParser"/> reads it; years 1900–9998.
    /// </summary>
    public static bool TryParseInstant(string? text, out DateTimeOffset at)
    {
        var s = (text ?? "").Trim();
        if (DateTime.TryParseExact(s, Times, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && local.Year is >= 1900 and <= 9998)
        {
            at = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), ReportCutOff.VietnamOffset);
            return true;
        }
        return AsOfParser.TryParse(s, out at);
    }

    /// <summary>What a bad day in <paramref name="field"/> gets: what to write, in Vietnamese and English.</summary>
    public static string DayError(string field, string? text) =>
        $"Ngày '{text}' ở ô {field} không hợp lệ: viết dd/mm/yyyy, ví dụ 30/06/2022 / '{text}' in {field} is not a valid day: write dd/mm/yyyy, e.g. 30/06/2022.";

    /// <summary>What a bad instant in <paramref name="field"/> gets: what to write, in Vietnamese and English.</summary>
    public static string InstantError(string field, string? text) =>
        $"Thời điểm '{text}' ở ô {field} không hợp lệ: viết ngày dd/mm/yyyy, có thể kèm giờ hh:mm hoặc hh:mm:ss (giờ Việt Nam), ví dụ 05/07/2024 08:30 "
        + $"/ '{text}' in {field} is not a valid time: write the day as dd/mm/yyyy, optionally with hh:mm or hh:mm:ss (Vietnam time), e.g. 05/07/2024 08:30 "
        + "(or ISO 8601, e.g. 2024-07-05T08:30:00+07:00).";

    private static string Input(string name, string label, string? value, string placeholder, string pattern, string title, bool required) =>
        $"<label>{Html.Encode(label)}<input type=\"text\" name=\"{Html.Encode(name)}\" value=\"{Html.Encode(value)}\" placeholder=\"{placeholder}\" "
        + $"pattern=\"{Html.Encode(pattern)}\" title=\"{Html.Encode(title)}\" autocomplete=\"off\"{(required ? " required" : "")}></label>";
}
