using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Ranking;
using ThiDua.Units;

namespace ThiDua.Analytics.Output;

/// <summary>
/// The CSV outputs of <c>ranking</c>, <c>attainment</c> and <c>awards</c> (SPEC §5), and of <c>submissions</c>: header first, LF line
/// endings, invariant numbers. Rows are written in the order given; the calculators already return them in
/// the specified order. The encoding (UTF-8, with or without BOM) is the caller's writer's.
/// For JSON, serialise the row records themselves: their [JsonPropertyName]s are these column names.
/// </summary>
public static class AnalyticsCsv
{
    public const string RankingHeader = "cluster,kind,rank,unit,unit_name,score,met,assigned";
    public const string AttainmentHeader = "unit,indicator,period,actual,target,ratio,status";
    public const string AwardsHeader = "form,recipient_kind,unit,status,score,reasons,cluster,decision,reference";
    public const string SubmissionsHeader = "cluster,kind,unit,unit_name,expected,reported,state,missing";

    public static void WriteRanking(TextWriter writer, IEnumerable<RankingRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Write(writer, RankingHeader, rows.Select(r => new[]
        {
            CsvCells.Text(r.Cluster), Kind(r.Kind), CsvCells.Int(r.Rank), CsvCells.Text(r.Unit), CsvCells.Text(r.UnitName),
            CsvCells.Fixed(r.Score, 2), CsvCells.Int(r.Met), CsvCells.Int(r.Assigned),
        }));
    }

    public static void WriteAttainment(TextWriter writer, IEnumerable<AttainmentRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Write(writer, AttainmentHeader, rows.Select(r =>
        {
            // actual and ratio are empty for no_data, whatever the row holds.
            var noData = r.Status == AttainmentStatus.NoData;
            return new[]
            {
                CsvCells.Text(r.Unit), CsvCells.Text(r.Indicator), r.Period.ToString(),
                noData || r.Actual is not { } a ? string.Empty : CsvCells.Number(a),
                CsvCells.Number(r.Target),
                noData || r.Ratio is not { } q ? string.Empty : CsvCells.Fixed(q, 4),
                Status(r.Status),
            };
        }));
    }

    /// <summary>Who has sent a month's figures (not in SPEC §5: the submissions page's rows); <c>missing</c> is each owed
    /// indicator with the last month it was sent, <c>BK22-03:2022-05;BK22-12:</c> (nothing after the colon: never).</summary>
    public static void WriteSubmissions(TextWriter writer, IEnumerable<Measurements.Submissions.SubmissionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Write(writer, SubmissionsHeader, rows.Select(r => new[]
        {
            CsvCells.Text(r.Cluster), Kind(r.Kind), CsvCells.Text(r.Unit), CsvCells.Text(r.UnitName), CsvCells.Int(r.Expected),
            CsvCells.Int(r.Reported), r.State, CsvCells.Text(string.Join(";", r.Missing.Select(m => $"{m.Indicator}:{m.LastReported}"))),
        }));
    }

    public static void WriteAwards(TextWriter writer, IEnumerable<AwardRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Write(writer, AwardsHeader, rows.Select(r => new[]
        {
            CsvCells.Text(r.Form), Kind(r.RecipientKind), CsvCells.Text(r.Unit), Status(r.Status),
            r.Score is { } s ? CsvCells.Fixed(s, 2) : string.Empty,
            CsvCells.Text(string.Join("; ", r.Reasons.Select(x => x.English))),
            CsvCells.Text(r.Cluster), CsvCells.Text(r.Decision), CsvCells.Text(r.Reference),
        }));
    }

    public static string Ranking(IEnumerable<RankingRow> rows) => ToText(w => WriteRanking(w, rows));

    public static string Attainment(IEnumerable<AttainmentRow> rows) => ToText(w => WriteAttainment(w, rows));

    public static string Awards(IEnumerable<AwardRow> rows) => ToText(w => WriteAwards(w, rows));

    public static string Kind(UnitKind kind) => kind == UnitKind.Collective ? "collective" : "individual";

    public static string Status(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Exceeded => "exceeded",
        AttainmentStatus.Met => "met",
        AttainmentStatus.NotMet => "not_met",
        _ => "no_data",
    };

    public static string Status(AwardStatus status) => status switch
    {
        AwardStatus.Proposed => "proposed",
        AwardStatus.TieAtQuota => "tie_at_quota",
        AwardStatus.EligibleOverQuota => "eligible_over_quota",
        _ => "ineligible",
    };

    private static void Write(TextWriter writer, string header, IEnumerable<string[]> lines)
    {
        ArgumentNullException.ThrowIfNull(writer);
        // Explicit "\n": TextWriter.WriteLine would use the platform's newline.
        writer.Write(header);
        writer.Write('\n');
        foreach (var cells in lines)
        {
            writer.Write(string.Join(',', cells));
            writer.Write('\n');
        }
    }

    private static string ToText(Action<TextWriter> write)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }
}
