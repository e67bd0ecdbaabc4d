using ThiDua.Analytics;
using ThiDua.Attainment;
using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Measurements;
using ThiDua.Periods;
using ThiDua.Ratings;
using ThiDua.Targets;
using ThiDua.Units;

namespace ThiDua.Benchmarks.Harness;

/// <summary>
/// Generated inputs for the document goals: a finished campaign whose award form proposes 100 candidates (120 individuals in
/// 4 clusters, 8 indicators, 12 months, all rated excellent with distinct scores), and N attainment rows.
/// </summary>
public static class DossierCampaign
{
    public const string Code = "BENCH-DOSSIER";

    public static CampaignSnapshot Snapshot(int units = 120, int proposed = 100)
    {
        var campaign = new Campaign(Code, "Phong trào thi đua thực hiện nhiệm vụ chính trị năm 2024 (dữ liệu sinh cho đo hiệu năng)", CampaignKind.Annual,
            new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), null, null, null, null, Campaign.DefaultScoreCap);
        var unitMap = Enumerable.Range(1, units).ToDictionary(i => $"U{i:D3}",
            i => new Unit($"U{i:D3}", $"Nguyễn Thị Thu Hương {i}", UnitKind.Individual, null, $"CUM-{i % 4 + 1}"));
        var indicators = Enumerable.Range(1, 8).Select(i => new Indicator(Code, $"CT{i:D2}", $"Chỉ tiêu thi đua số {i}: tỷ lệ hồ sơ giải quyết đúng hạn", "%",
            Direction.AtLeast, Aggregation.Latest, 1)).ToList();
        var targets = unitMap.Keys.SelectMany(u => indicators.Select(ind => new Target(Code, ind.Code, u, 90, null, null, null))).ToList();
        var measurements = new List<Measurement>();
        foreach (var (u, n) in unitMap.Keys.Select((u, n) => (u, n)))
            foreach (var ind in indicators)
                for (var m = 1; m <= 12; m++)
                    measurements.Add(new Measurement(Code, u, ind.Code, new YearMonth(2024, m), 90m + (n % 60) * 0.25m + m * 0.01m, null));
        var ratings = unitMap.Keys.Select(u => new UnitRating(Code, u, Rating.Excellent, Discipline.None, true)).ToList();
        var forms = new List<AwardForm> { new(Code, "GK-CN", "Giấy khen của Giám đốc Sở (cá nhân)", "Giám đốc Sở", AwardRecipient.Individual, proposed, Rating.Good, false, false) };
        return new CampaignSnapshot(campaign, unitMap, indicators, targets, measurements, ratings, forms);
    }

    /// <summary><paramref name="count"/> attainment rows as the CLI writes them (unit, indicator order), some without data.</summary>
    public static IReadOnlyList<AttainmentRow> Attainment(int count)
    {
        var rows = new List<AttainmentRow>(count);
        var period = new YearMonth(2024, 12);
        for (var i = 0; i < count; i++)
        {
            var noData = i % 17 == 0;
            var actual = noData ? (decimal?)null : 1000m + i % 9973 + 0.25m;
            var ratio = actual is { } a ? Math.Round(a / 10_000m, 4) : (decimal?)null;
            rows.Add(new AttainmentRow($"DV{i / 12:D6}", $"CT{i % 12:D2}", period, actual, 10_000m, null, null, 10_000m, ratio,
                noData ? AttainmentStatus.NoData : AttainmentStatus.NotMet, false, 1));
        }
        return rows;
    }
}
