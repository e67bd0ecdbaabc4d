using System.Globalization;
using System.Text.Json;
using ThiDua.Analytics.Output;

namespace ThiDua.UnitHistory;

/// <summary>
/// <c>thidua history --format csv</c>: the API's row (<c>GET /api/units/{u}/history</c>) as a line, its fields in its
/// order and words, header first, LF endings, invariant numbers (as <see cref="AnalyticsCsv"/>). The API's list of
/// awards is one cell, as the submissions CSV's <c>missing</c>: each form <c>form:status:decision:reference:decision_date</c>
/// (codes, not names), separated by <c>;</c> — <c>BK22-CO:proposed:approved:286/QĐ-UBND:2023-01-15;BK22-GK-TT:proposed:::</c>.
/// </summary>
public static class UnitHistoryCsv
{
    public const string Header = "campaign,campaign_name,campaign_kind,start,end,period,period_basis,cluster,cluster_name,"
        + "rank,rank_shared,group_size,score,met,assigned,rating,ended,awards";

    public static void Write(TextWriter writer, IEnumerable<UnitHistoryRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        // Explicit "\n": TextWriter.WriteLine would use the platform's newline.
        writer.Write(Header + "\n");
        foreach (var r in rows)
        {
            string[] cells =
            [
                CsvCells.Text(r.Campaign), CsvCells.Text(r.CampaignName), Word(r.CampaignKind), Date(r.Start), Date(r.End),
                r.Period.ToString(), Word(r.PeriodBasis), CsvCells.Text(r.Cluster), CsvCells.Text(r.ClusterName),
                Int(r.Rank), r.RankShared ? "true" : "false", Int(r.GroupSize), r.Score is { } s ? CsvCells.Fixed(s, 2) : "",
                Int(r.Met), Int(r.Assigned), r.Rating is { } rating ? Word(rating) : "", r.Ended?.ToString() ?? "", CsvCells.Text(Awards(r.Awards)),
            ];
            writer.Write(string.Join(',', cells) + "\n");
        }
    }

    /// <summary>The awards cell (the workbook's too): <c>form:status:decision:reference:decision_date;…</c>.</summary>
    public static string Awards(IEnumerable<UnitHistoryAward> awards) =>
        string.Join(";", awards.Select(a => $"{a.Form}:{AnalyticsCsv.Status(a.Status)}:{a.Decision}:{a.Reference}:{(a.DecisionDate is { } d ? Date(d) : "")}"));

    /// <summary>The API's word for an enum value (<see cref="SnakeCaseEnumConverter{TEnum}"/>): <c>annual</c>, <c>final</c>, <c>not_completed</c>.</summary>
    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Int(int? value) => value is { } n ? CsvCells.Int(n) : "";
}
