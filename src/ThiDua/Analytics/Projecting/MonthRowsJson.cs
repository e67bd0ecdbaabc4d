using ThiDua.Attainment;
using ThiDua.Periods;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// One month's attainment and ranking computed and serialised to UTF-8 in reused buffers. Two of them let the
/// projection compute the next month on another core while this one's rows are written to PostgreSQL.
/// </summary>
internal sealed class MonthRowsJson
{
    private readonly JsonRowsBuffer _attainment = new();
    private readonly JsonRowsBuffer _ranking = new();

    public ReadOnlyMemory<byte> Attainment { get; private set; }

    public ReadOnlyMemory<byte> Ranking { get; private set; }

    /// <summary>Computes <paramref name="month"/> into this slot (overwriting it) and returns its attainment rows.</summary>
    public IReadOnlyList<AttainmentRow> Fill(CampaignSnapshot snapshot, MeasurementHistory history, YearMonth month)
    {
        var result = CampaignAnalytics.Compute(snapshot, history, month);
        Attainment = _attainment.Json(result.Attainment);
        Ranking = _ranking.Json(result.Ranking);
        return result.Attainment;
    }
}
