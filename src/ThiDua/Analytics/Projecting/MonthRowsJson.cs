using ThiDua.Attainment;
using ThiDua.Periods;
using ThiDua.Ranking;
using ThiDua.Scoring;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// One month's attainment and ranking computed and serialised to UTF-8 in reused buffers. Two of them let the
/// projection compute the next month on another core while this one's rows are written to PostgreSQL.
/// </summary>
internal sealed class MonthRowsJson
{
    public AttainmentParts Attainment { get; } = new();

    public JsonRowsBuffer Ranking { get; } = new();

    /// <summary>
    /// Computes <paramref name="month"/> into this slot (overwriting it), as <see cref="CampaignAnalytics.Compute(CampaignSnapshot, MeasurementHistory, YearMonth)"/>
    /// would, but folding each attainment row into the JSON and the scores as it is made: a month's rows (≈ 16 MB at 1M
    /// measurements) lived long enough to be promoted and piled up as garbage. Returns the rows only when asked to keep them.
    /// </summary>
    public IReadOnlyList<AttainmentRow>? Fill(CampaignSnapshot snapshot, MeasurementHistory history, YearMonth month, bool keepRows)
    {
        var kept = keepRows ? new List<AttainmentRow>(snapshot.Targets.Count) : null;
        var scores = new UnitScoreFold(snapshot.Campaign.ScoreCap);
        Attainment.Begin();
        foreach (var row in AttainmentCalculator.Rows(snapshot, history, month))
        {
            System.Text.Json.JsonSerializer.Serialize(Attainment.Next(reused: false), row, StoredAnalytics.Json);
            scores.Add(row);
            kept?.Add(row);
        }
        Attainment.End();
        Ranking.Json(RankingCalculator.Rank(snapshot.Units, scores.Complete().Values, snapshot.Clusters));
        return kept;
    }

    /// <summary>
    /// As <see cref="Fill"/> for the campaign's latest month, keeping its rows and their bytes: the rows of
    /// <paramref name="previous"/> (the same month, kept by the last recompute) that are still fresh are written as they
    /// were, not computed again, and the others replace theirs in <paramref name="previous"/> itself. Returns the month kept,
    /// for the next recompute and for the awards: <paramref name="previous"/>, or for another month a new one whose arrays
    /// are <paramref name="spare"/>'s (a month kept earlier, no longer used), when given.
    /// </summary>
    public KeptMonth FillKeeping(CampaignSnapshot snapshot, MeasurementHistory history, YearMonth month, KeptMonth? previous, KeptMonth? spare = null)
    {
        var reuse = previous?.Month == month ? previous : null;
        // The same month of the same targets is updated in place; otherwise a new one takes the fresh rows of the old.
        var inPlace = reuse is not null && reuse.Capacity == snapshot.Targets.Count;
        var next = inPlace ? reuse! : new KeptMonth(month, snapshot.Targets.Count, spare);
        var scores = new UnitScoreFold(snapshot.Campaign.ScoreCap);
        var single = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using var one = new System.Text.Json.Utf8JsonWriter(single, JsonRowsBuffer.WriterOptions);
        Attainment.Begin();
        var position = 0;
        foreach (var row in AttainmentCalculator.Rows(snapshot, history, month, reuse is null ? null : reuse.Fresh))
        {
            var reused = reuse is not null && ReferenceEquals(row, reuse.RowAt(position));
            ReadOnlySpan<byte> json;
            if (reused)
            {
                json = reuse!.Json(position);
            }
            else
            {
                single.ResetWrittenCount();
                one.Reset();
                System.Text.Json.JsonSerializer.Serialize(one, row, StoredAnalytics.Json);
                one.Flush();
                json = single.WrittenSpan;
            }
            Attainment.Next(reused).WriteRawValue(json, skipInputValidation: true);
            if (!inPlace) next.Add(row, json);
            else if (!reused) next.Replace(position, row, json);
            scores.Add(row);
            position++;
        }
        Attainment.End();
        Ranking.Json(RankingCalculator.Rank(snapshot.Units, scores.Complete().Values, snapshot.Clusters));
        if (inPlace) next.Refreshed();
        return next;
    }
}
