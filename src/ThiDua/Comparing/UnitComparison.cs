using System.Text.Json.Serialization;
using ThiDua.Analytics;
using ThiDua.Periods;

namespace ThiDua.Comparing;

/// <summary>
/// So sánh đơn vị: a few units of one campaign side by side at one period — each one's place and score, and every
/// indicator assigned to any of them with each one's attainment row, exactly the rows the campaign's ranking and
/// attainment give (nothing recomputed differently).
/// </summary>
public sealed record UnitComparison(
    [property: JsonPropertyName("campaign")] string Campaign,
    [property: JsonPropertyName("period")] YearMonth Period,
    [property: JsonPropertyName("units")] IReadOnlyList<ComparedUnit> Units,
    [property: JsonPropertyName("indicators")] IReadOnlyList<ComparedIndicator> Indicators)
{
    /// <summary>At most this many units side by side: a seventh column no longer fits a laptop's table or a printed page.</summary>
    public const int MaxUnits = 6;

    /// <param name="units">Codes of units the snapshot knows, already checked and without repeats.</param>
    public static UnitComparison Of(CampaignSnapshot snapshot, CampaignResult result, IReadOnlyList<string> units)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(units);
        var places = result.Ranking.Where(r => units.Contains(r.Unit)).ToDictionary(r => r.Unit, StringComparer.Ordinal);
        var compared = units.Select(code => snapshot.Units[code])
            .Select(u => new ComparedUnit(u.Code, u.Name, u.Cluster, places.GetValueOrDefault(u.Code), u.Ended)).ToList();
        var rows = result.Attainment.Where(a => units.Contains(a.Unit)).ToLookup(a => a.Indicator, StringComparer.Ordinal);
        var indicators = snapshot.Indicators.Where(i => rows.Contains(i.Code)).Select(i =>
        {
            var byUnit = units.Select(u => rows[i.Code].FirstOrDefault(a => a.Unit == u)).ToList();
            return new ComparedIndicator(i.Code, i.Name, byUnit, Best(byUnit));
        }).ToList();
        return new UnitComparison(snapshot.Campaign.Code, result.Period, compared, indicators);
    }

    /// <summary>Why a compared unit has no place at the period: ended by then (and into which unit), or no targets in
    /// the campaign; null when it has one (the page's column heading and the workbook's note say the same).</summary>
    public static string? WhyUnplaced(CampaignSnapshot snapshot, YearMonth period, ComparedUnit compared)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(compared);
        var unit = snapshot.Units[compared.Unit];
        if (!unit.ExistsAt(period)) return Formatting.UnitEndWords.Of(unit, snapshot.Units);
        return compared.Place is null && !snapshot.Targets.Any(t => t.Unit == compared.Unit) ? "chưa được giao chỉ tiêu" : null;
    }

    // The ratio already reads "higher is better" whatever the indicator's direction (≥ 1 is met), so the highest leads.
    private static IReadOnlyList<string> Best(IReadOnlyList<Attainment.AttainmentRow?> rows)
    {
        var rated = rows.Where(r => r?.Ratio is not null).Select(r => r!).ToList();
        // All alike (every one at 100 %, common for tasks) is no "highest": bold everywhere would say nothing.
        if (rated.Count < 2 || rated.All(r => r.Ratio == rated[0].Ratio)) return [];
        var top = rated.Max(r => r.Ratio!.Value);
        return rated.Where(r => r.Ratio == top).Select(r => r.Unit).ToList();
    }
}
