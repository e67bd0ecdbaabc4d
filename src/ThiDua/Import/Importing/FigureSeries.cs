using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Periods;

namespace ThiDua.Import.Importing;

/// <summary>
/// One target's months in a measurements file (<see cref="FileFigures"/>): for each month of its campaign the file's
/// line (0: not in the file), value and note, and the figure stored before the file, kept in a shared block.
/// </summary>
internal sealed class FigureSeries(Campaign campaign, string unit, Indicator indicator, FigureSeries.Block block, int offset)
{
    private const byte IsStored = 1, Changed = 2, Flagged = 4;

    public Campaign Campaign => campaign;
    public string Unit => unit;
    public Indicator Indicator => indicator;
    public YearMonth First => campaign.FirstMonth;
    public int Months => campaign.MonthCount;

    /// <summary>Whether the stored months were read in (once, in the batch that decides the series' first row).</summary>
    public bool StoredRead { get; set; }

    public int MonthOf(YearMonth period) => period.Index - First.Index;

    public YearMonth Period(int month) => First.AddMonths(month);

    public int Line(int month) => block.Lines[offset + month];

    /// <summary>The file's figure for the month, or null when the file has none.</summary>
    public decimal? File(int month) => Line(month) != 0 ? block.Values[offset + month] : null;

    public string? Note(int month) => block.Notes?.GetValueOrDefault(offset + month);

    public decimal? Stored(int month) => (block.Flags[offset + month] & IsStored) != 0 ? block.Stored![offset + month] : null;

    public string? StoredNote(int month) => block.StoredNotes?.GetValueOrDefault(offset + month);

    /// <summary>The figure the month will have once the file is imported: the file's, else the stored one.</summary>
    public decimal? InForce(int month) => File(month) ?? Stored(month);

    public bool Changes(int month) => (block.Flags[offset + month] & Changed) != 0;

    /// <summary>Whether the judge found a warning for the month's change.</summary>
    public bool IsFlagged(int month) => (block.Flags[offset + month] & Flagged) != 0;

    public void SetFile(int month, int line, decimal value, string? note)
    {
        (block.Lines[offset + month], block.Values[offset + month]) = (line, value);
        if (note is not null) (block.Notes ??= [])[offset + month] = note;
    }

    public void SetStored(int month, decimal value, string? note)
    {
        (block.Stored ??= new decimal[block.Lines.Length])[offset + month] = value;
        block.Flags[offset + month] |= IsStored;
        if (note is not null) (block.StoredNotes ??= [])[offset + month] = note;
    }

    public void MarkChanged(int month) => block.Flags[offset + month] |= Changed;

    public void MarkFlagged(int month) => block.Flags[offset + month] |= Flagged;

    /// <summary>
    /// Months of several series side by side: each array under 85,000 bytes (4,096 decimals), so blocks are allocated
    /// as ordinary objects, not on the large-object heap; stored figures and notes only where there are any.
    /// </summary>
    internal sealed class Block(int entries)
    {
        private int _used;

        public int[] Lines { get; } = new int[entries];
        public decimal[] Values { get; } = new decimal[entries];
        public byte[] Flags { get; } = new byte[entries];
        public decimal[]? Stored { get; set; }
        public Dictionary<int, string>? Notes { get; set; }
        public Dictionary<int, string>? StoredNotes { get; set; }

        public int Free => Lines.Length - _used;

        /// <summary>Reserves <paramref name="months"/> entries and returns where they start.</summary>
        public int Take(int months)
        {
            _used += months;
            return _used - months;
        }
    }
}
