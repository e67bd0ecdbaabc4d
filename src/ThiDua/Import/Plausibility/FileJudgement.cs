using System.Globalization;
using System.Text;
using ThiDua.Import.Importing;
using ThiDua.Measurements.Plausibility;
using ThiDua.Measurements.Recording;

namespace ThiDua.Import.Plausibility;

/// <summary>
/// Judges every figure a measurements file changes once the whole file is read (a month's "other months" include
/// those further down the file), before any of its events is written: a warned figure's event is appended with the
/// warnings it was accepted over in its metadata, so no event is changed after it is written. Only a flag per
/// flagged figure is kept; the warnings are formatted each time they are read.
/// </summary>
internal static class FileJudgement
{
    /// <summary>
    /// Flags the figures with warnings, adding each change to <paramref name="changes"/> (a dry run's list) in file
    /// order when given. Returns how many warnings there are and the warnings in file order.
    /// </summary>
    public static (int Count, IEnumerable<(string StreamId, ImportWarning Warning)> Warnings) Judge(FileFigures figures, List<MeasurementChange>? changes)
    {
        var count = 0;
        var others = new List<decimal>();
        foreach (var (s, i) in figures.Changes())
        {
            changes?.Add(Change(s, i));
            if (Findings(s, i, others).Count is var found and > 0)
            {
                s.MarkFlagged(i);
                count += found;
            }
        }
        return (count, Read(figures));
    }

    /// <summary>
    /// The note a flagged figure's event carries (metadata <c>acceptedWarning</c>): its warnings' Vietnamese messages,
    /// one after another; null for a figure without warnings.
    /// </summary>
    public static string? Note(FigureSeries s, int month, List<decimal> others)
    {
        if (!s.IsFlagged(month)) return null;
        var note = new StringBuilder();
        var change = Change(s, month);
        foreach (var finding in Findings(s, month, others)) (note.Length > 0 ? note.Append(' ') : note).Append(Warning(change, finding).MessageVi);
        return note.ToString();
    }

    private static IEnumerable<(string StreamId, ImportWarning Warning)> Read(FileFigures figures)
    {
        var others = new List<decimal>();
        foreach (var (s, i) in figures.Changes())
        {
            if (!s.IsFlagged(i)) continue;
            var change = Change(s, i);
            var stream = RecordMeasurement.StreamId(s.Campaign.Code, s.Unit);
            foreach (var finding in Findings(s, i, others)) yield return (stream, Warning(change, finding));
        }
    }

    /// <summary>Judges month <paramref name="i"/> of a series against its other months (the file's figure, else the stored one).</summary>
    private static IReadOnlyList<PlausibilityFinding> Findings(FigureSeries s, int i, List<decimal> others)
    {
        others.Clear();
        for (var j = 0; j < s.Months; j++)
            if (j != i && s.InForce(j) is { } other) others.Add(other);
        return PlausibilityRules.Judge(new JudgedMeasurement(s.Indicator, s.File(i)!.Value, s.Stored(i), others));
    }

    private static MeasurementChange Change(FigureSeries s, int i) => new(s.Line(i), s.Campaign.Code, s.Unit, s.Indicator.Code, s.Period(i), s.Stored(i), s.File(i)!.Value);

    /// <summary>A finding as the import reports it: the figure named first, as a line may hold any unit's figure.</summary>
    public static ImportWarning Warning(MeasurementChange c, PlausibilityFinding f)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(f);
        var what = ImportWarning.Prefix(c.Unit, c.Indicator, c.Period.ToString());
        return new ImportWarning(c.Line, "value", c.New.ToString(CultureInfo.InvariantCulture), f.Rule, f.JudgedAgainst,
            what + f.MessageVi, what + f.MessageEn);
    }
}
