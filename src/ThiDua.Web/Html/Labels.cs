using ThiDua.Attainment;
using ThiDua.Campaigns;
using ThiDua.Formatting;

namespace ThiDua.Web.Html;

/// <summary>The Vietnamese words the pages show for the product's codes (statuses and kinds: <see cref="ThiDua.Formatting.StatusWords"/>).</summary>
public static class Labels
{
    public static string Css(AttainmentStatus s) => s switch
    {
        AttainmentStatus.Exceeded => "st-exceeded",
        AttainmentStatus.Met => "st-met",
        AttainmentStatus.NotMet => "st-notmet",
        _ => "st-nodata",
    };

    public static string Of(CampaignKind k) => k == CampaignKind.Annual ? "Thường xuyên (hằng năm)" : "Theo đợt, chuyên đề";

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Month(ThiDua.Periods.YearMonth m) => $"{m.Month:D2}/{m.Year}";

    /// <summary>An instant in Vietnam time, <c>01/12/2024 07:00</c> (<c>01/12/2024 07:00:31</c> with seconds), as reports write it; "—" for none.</summary>
    public static string Instant(DateTimeOffset? at, bool seconds = false) => at is { } t ? VietnameseDates.Instant(t, seconds) : "—";
}
