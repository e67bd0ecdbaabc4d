using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Attainment;
using ThiDua.Periods;
using ThiDua.Provenance.Explaining;
using ThiDua.Provenance.History;

namespace ThiDua.Web.Provenance;

/// <summary>
/// <c>GET /api/campaigns/{c}/units/{u}/indicators/{i}/provenance</c>: a ratio's calculation (the formula in letters and
/// with its figures, Vietnamese), the months it aggregates, and every recorded value of the indicator up to the as-of.
/// </summary>
public sealed record ProvenanceAnswer(
    [property: JsonPropertyName("campaign")] string Campaign,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("indicator")] string Indicator,
    [property: JsonPropertyName("period")] YearMonth Period,
    [property: JsonPropertyName("as_of")] DateTimeOffset? AsOf,
    [property: JsonPropertyName("actual"), JsonConverter(typeof(TrimmedDecimalJson))] decimal? Actual,
    [property: JsonPropertyName("target"), JsonConverter(typeof(TrimmedDecimalJson))] decimal Target,
    [property: JsonPropertyName("baseline"), JsonConverter(typeof(TrimmedDecimalJson))] decimal? Baseline,
    [property: JsonPropertyName("months_elapsed")] int MonthsElapsed,
    [property: JsonPropertyName("months_total")] int MonthsTotal,
    [property: JsonPropertyName("pro_rated")] bool ProRated,
    [property: JsonPropertyName("expected"), JsonConverter(typeof(TrimmedDecimalJson))] decimal Expected,
    [property: JsonPropertyName("expected_baseline"), JsonConverter(typeof(TrimmedDecimalJson))] decimal? ExpectedBaseline,
    [property: JsonPropertyName("ratio_unrounded"), JsonConverter(typeof(UnroundedRatioJson))] decimal? RatioUnrounded,
    [property: JsonPropertyName("ratio"), JsonConverter(typeof(FourDecimalsJson))] decimal? Ratio,
    [property: JsonPropertyName("status"), JsonConverter(typeof(JsonStringEnumConverter<AttainmentStatus>))] AttainmentStatus Status,
    [property: JsonPropertyName("weight"), JsonConverter(typeof(TrimmedDecimalJson))] decimal Weight,
    [property: JsonPropertyName("score_term"), JsonConverter(typeof(TrimmedDecimalJson))] decimal ScoreTerm,
    [property: JsonPropertyName("aggregation_vi")] string AggregationVi,
    [property: JsonPropertyName("formula_vi")] string FormulaVi,
    [property: JsonPropertyName("figures_vi")] string? FiguresVi,
    [property: JsonPropertyName("months")] IReadOnlyList<ProvenanceMonth> Months,
    [property: JsonPropertyName("history")] IReadOnlyList<MeasurementChange> History)
{
    public static ProvenanceAnswer Of(ProvenanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var e = report.Explanation;
        return new(report.View.Snapshot.Campaign.Code, e.Unit, e.Indicator.Code, e.Period, report.View.AsOf, e.Actual, e.Target, e.Baseline,
            e.Share.Elapsed, e.Share.Months, e.ProRated, e.ExpectedTarget, e.ExpectedBaseline, e.Ratio, e.RoundedRatio, e.Status,
            e.Indicator.Weight, e.Indicator.Weight * e.Clamped, FormulaWording.Aggregation(e), FormulaWording.Formula(e), FormulaWording.Figures(e),
            e.Months.Select(m => new ProvenanceMonth(m.Period, m.Value)).ToList(), report.Changes);
    }
}
