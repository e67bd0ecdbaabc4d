using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Measurements;

namespace ThiDua.Import.Importing;

/// <summary>
/// A measurements file's figures, held until the whole file is read: for each target the file touches, every month of
/// its campaign with the file's line, value and note and the figure stored before the file. One store serves the
/// in-file duplicate check (a key's first row), the plausibility judge (a month's other months, those further down
/// the file included) and the append (the file's changes in file order, each event written once its warnings are
/// known, its note in it). Memory follows the file's targets and the campaigns' months, not its rows: ≈ 40 bytes per
/// target and month in blocks of 4,096 that stay off the large-object heap, 8 bytes per changed figure, no string per row.
/// </summary>
internal sealed class FileFigures
{
    private const int BlockEntries = 4_096, ChangePage = 8_192;

    private readonly Dictionary<string, Dictionary<(string Unit, string Indicator), FigureSeries>> _byCampaign = new(StringComparer.Ordinal);
    private readonly List<(FigureSeries Series, int Month)[]> _changes = [];
    private FigureSeries.Block _block = new(0);

    /// <summary>The figures the file records or corrects, in file order (the order they were decided in).</summary>
    public int ChangeCount { get; private set; }

    /// <summary>The series of (campaign, unit, indicator), created with its campaign's months when first seen.</summary>
    public FigureSeries Series(Campaign campaign, string unit, Indicator indicator)
    {
        if (!_byCampaign.TryGetValue(campaign.Code, out var series)) _byCampaign[campaign.Code] = series = [];
        if (series.TryGetValue((unit, indicator.Code), out var found)) return found;
        var months = campaign.MonthCount;
        if (_block.Free < months) _block = new FigureSeries.Block(Math.Max(BlockEntries, months));
        return series[(unit, indicator.Code)] = new FigureSeries(campaign, unit, indicator, _block, _block.Take(months));
    }

    /// <summary>
    /// The key's series when the file has not had this key before (its line, value and note are kept); null for a
    /// repeat, reported when its value or note differs from the key's first row.
    /// </summary>
    public FigureSeries? FirstSeen(int line, Measurement m, Campaign campaign, Indicator indicator, ImportContext context)
    {
        var series = Series(campaign, m.Unit, indicator);
        var month = series.MonthOf(m.Period);
        if (series.Line(month) == 0)
        {
            series.SetFile(month, line, m.Value, m.Note);
            return series;
        }
        if (series.File(month) != m.Value || !string.Equals(series.Note(month), m.Note, StringComparison.Ordinal))
            FileDuplicates.Conflict(context, line, "value", m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{m.Unit}/{m.Indicator}/{m.Period}", series.Line(month));
        return null;
    }

    /// <summary>The series of (campaign, unit, indicator) if the file has one.</summary>
    public FigureSeries? Find(string campaign, string unit, string indicator) =>
        _byCampaign.TryGetValue(campaign, out var series) ? series.GetValueOrDefault((unit, indicator)) : null;

    /// <summary>A first-seen row once decided (its series' stored months read in): a change is remembered in order.</summary>
    public void Decided(FigureSeries series, int month, bool changes)
    {
        if (!changes) return;
        series.MarkChanged(month);
        if (ChangeCount % ChangePage == 0) _changes.Add(new (FigureSeries, int)[ChangePage]);
        _changes[^1][ChangeCount++ % ChangePage] = (series, month);
    }

    /// <summary>The changed figures in file order.</summary>
    public IEnumerable<(FigureSeries Series, int Month)> Changes()
    {
        for (var i = 0; i < ChangeCount; i++) yield return _changes[i / ChangePage][i % ChangePage];
    }
}
