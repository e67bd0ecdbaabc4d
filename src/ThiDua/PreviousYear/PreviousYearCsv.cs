using System.Text.Json;
using ThiDua.Analytics.Output;

namespace ThiDua.PreviousYear;

/// <summary>
/// <c>thidua previous-year --format csv</c>: a line per row of <c>GET /api/campaigns/{c}/previous-year</c>, in its
/// order, its fields in its order and words; each line leads with the comparison's own fields (campaign, period, last
/// year's campaign and month), which the API gives once above the rows, so a line read alone (or appended to a
/// year's file) still says what it compares. Header first, LF endings, invariant numbers (as <see cref="AnalyticsCsv"/>).
/// </summary>
public static class PreviousYearCsv
{
    public const string Header = "campaign,period,previous_campaign,previous_period,unit,unit_name,kind,status,cluster,rank,score,"
        + "previous_cluster,previous_rank,previous_score,score_change,rank_change,ended,merged_into";

    public static void Write(TextWriter writer, PreviousYearComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comparison);
        // Explicit "\n": TextWriter.WriteLine would use the platform's newline.
        writer.Write(Header + "\n");
        foreach (var r in comparison.Rows)
        {
            string[] cells =
            [
                CsvCells.Text(comparison.Campaign), comparison.Period.ToString(), CsvCells.Text(comparison.PreviousCampaign), comparison.PreviousPeriod.ToString(),
                CsvCells.Text(r.Unit), CsvCells.Text(r.UnitName), AnalyticsCsv.Kind(r.Kind), JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Status.ToString()),
                CsvCells.Text(r.Cluster), Int(r.Rank), Score(r.Score), CsvCells.Text(r.PreviousCluster), Int(r.PreviousRank), Score(r.PreviousScore),
                Score(r.ScoreChange), Int(r.RankChange), r.Ended?.ToString() ?? "", CsvCells.Text(r.MergedInto),
            ];
            writer.Write(string.Join(',', cells) + "\n");
        }
    }

    private static string Int(int? n) => n is { } v ? CsvCells.Int(v) : "";

    private static string Score(decimal? d) => d is { } v ? CsvCells.Fixed(v, 2) : "";
}
