using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Formatting;

namespace ThiDua.Charts.Svg;

/// <summary>The status palettes. Lightness falls from exceeded (dark) to no data (white, hatched).</summary>
internal static class StatusStyles
{
    private static readonly StatusStyle Exceeded = new("#1b7837", "#ffffff", FillPattern.None, "▲", StatusWords.Of(AttainmentStatus.Exceeded));
    private static readonly StatusStyle Met = new("#7fbf7b", Palette.Ink, FillPattern.Stripes, "=", StatusWords.Of(AttainmentStatus.Met));
    private static readonly StatusStyle NotMet = new("#f4a45c", Palette.Ink, FillPattern.Dots, "▼", StatusWords.Of(AttainmentStatus.NotMet));
    private static readonly StatusStyle NoData = new("#ffffff", Palette.MutedInk, FillPattern.Hatch, "?", StatusWords.Of(AttainmentStatus.NoData));

    /// <summary>A heatmap cell for an indicator the unit was not assigned.</summary>
    public static readonly StatusStyle NotAssigned = new("#ffffff", Palette.MutedInk, FillPattern.None, "", "Không được giao chỉ tiêu");

    private static readonly StatusStyle Proposed = new("#1b7837", "#ffffff", FillPattern.None, "", StatusWords.Of(AwardStatus.Proposed));
    private static readonly StatusStyle TieAtQuota = new("#f4a45c", Palette.Ink, FillPattern.Dots, "", StatusWords.Of(AwardStatus.TieAtQuota));
    private static readonly StatusStyle EligibleOverQuota = new("#9ecae1", Palette.Ink, FillPattern.Stripes, "", StatusWords.Of(AwardStatus.EligibleOverQuota));
    private static readonly StatusStyle Ineligible = new("#ffffff", Palette.MutedInk, FillPattern.Hatch, "", StatusWords.Of(AwardStatus.Ineligible));

    public static IReadOnlyList<ChartIndicatorStatus> IndicatorStatuses { get; } =
        [ChartIndicatorStatus.Exceeded, ChartIndicatorStatus.Met, ChartIndicatorStatus.NotMet, ChartIndicatorStatus.NoData];

    public static IReadOnlyList<ChartAwardStatus> AwardStatuses { get; } =
        [ChartAwardStatus.Proposed, ChartAwardStatus.TieAtQuota, ChartAwardStatus.EligibleOverQuota, ChartAwardStatus.Ineligible];

    public static StatusStyle For(ChartIndicatorStatus status) => status switch
    {
        ChartIndicatorStatus.Exceeded => Exceeded,
        ChartIndicatorStatus.Met => Met,
        ChartIndicatorStatus.NotMet => NotMet,
        _ => NoData,
    };

    /// <summary>As <see cref="For(ChartIndicatorStatus)"/>, named as progress before the campaign's last month.</summary>
    public static StatusStyle For(ChartIndicatorStatus status, bool progress) => !progress ? For(status) : For(status) with
    {
        Label = StatusWords.Progress(status switch
        {
            ChartIndicatorStatus.Exceeded => AttainmentStatus.Exceeded,
            ChartIndicatorStatus.Met => AttainmentStatus.Met,
            ChartIndicatorStatus.NotMet => AttainmentStatus.NotMet,
            _ => AttainmentStatus.NoData,
        }),
    };

    public static StatusStyle For(ChartAwardStatus status) => status switch
    {
        ChartAwardStatus.Proposed => Proposed,
        ChartAwardStatus.TieAtQuota => TieAtQuota,
        ChartAwardStatus.EligibleOverQuota => EligibleOverQuota,
        _ => Ineligible,
    };
}
