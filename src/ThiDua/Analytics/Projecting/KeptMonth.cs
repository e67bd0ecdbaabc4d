using ThiDua.Attainment;
using ThiDua.Periods;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// A campaign's latest computed month as it was written: each target's attainment row and its JSON bytes, in output
/// order, and the units whose figures changed since at or before that month (<see cref="Touch"/>). A monthly import
/// recomputes that month again: the rows of the units it did not touch are the same rows (a row depends only on its
/// own unit's figures up to the month and on definitions, whose change forgets the campaign), so they are reused,
/// bytes and all, and only the touched units are computed. ≈ 400 bytes a target (a 1M-row campaign: ≈ 33 MB).
/// The month is updated in place (<see cref="Replace"/>): a recompute adds only its new rows' bytes (<see cref="KeptBytes"/>),
/// where writing the whole month anew took ≈ 33 MB of new large objects the first time — a blocking full collection and
/// fresh pages in the second import after a start.
/// </summary>
internal sealed class KeptMonth
{
    private readonly YearMonth _month;
    private readonly AttainmentRow[] _rows;
    private readonly (int Chunk, int Offset, int Length)[] _at;
    private readonly KeptBytes _bytes;
    private readonly HashSet<string> _stale = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>A month of <paramref name="targets"/> rows, written into <paramref name="recycled"/>'s arrays (which is then emptied) when given.</summary>
    public KeptMonth(YearMonth month, int targets, KeptMonth? recycled = null)
    {
        _month = month;
        var same = recycled is not null && recycled._rows.Length == targets;
        _rows = same ? recycled!._rows : new AttainmentRow[targets];
        _at = same ? recycled!._at : new (int, int, int)[targets];
        _bytes = new KeptBytes(recycled?._bytes);
        recycled?._count = 0;
    }

    public YearMonth Month => _month;

    /// <summary>The token stored when this month was written (<see cref="KeptParts"/>); null until it is.</summary>
    public Guid? Token { get; set; }

    /// <summary>The month's rows in output order, once all are added.</summary>
    public IReadOnlyList<AttainmentRow> Rows => new ArraySegment<AttainmentRow>(_rows, 0, _count);

    /// <summary>The row at <paramref name="position"/> of <see cref="Rows"/>, if it has one.</summary>
    public AttainmentRow? RowAt(int position) => position < _count ? _rows[position] : null;

    /// <summary>How many targets' rows it has room for: a month has fewer rows than targets when a unit has ended.</summary>
    public int Capacity => _rows.Length;

    /// <summary>A figure of <paramref name="unit"/> changed at <paramref name="period"/>: its rows at a later month are stale.</summary>
    public void Touch(string unit, YearMonth period)
    {
        if (period <= _month) _stale.Add(unit);
    }

    /// <summary>The row kept for the target at <paramref name="position"/>, when it is still the row to write.</summary>
    public AttainmentRow? Fresh(int position, Targets.Target target)
    {
        if (position >= _count || _rows[position] is not { } row) return null;
        var same = string.Equals(row.Unit, target.Unit, StringComparison.Ordinal) && string.Equals(row.Indicator, target.Indicator, StringComparison.Ordinal);
        return same && !_stale.Contains(row.Unit) ? row : null;
    }

    /// <summary>The JSON of the row at <paramref name="position"/>, as written when the row was made.</summary>
    public ReadOnlySpan<byte> Json(int position) => _bytes[_at[position]];

    /// <summary>The chunks of 256 KB its bytes hold.</summary>
    public int ChunksHeld => _bytes.ChunksHeld;

    public void Add(AttainmentRow row, ReadOnlySpan<byte> json)
    {
        (_rows[_count], _at[_count]) = (row, _bytes.Add(json));
        _count++;
    }

    /// <summary>The row at <paramref name="position"/> computed again: its new bytes are added, the old ones released.</summary>
    public void Replace(int position, AttainmentRow row, ReadOnlySpan<byte> json)
    {
        var old = _at[position];
        (_rows[position], _at[position]) = (row, _bytes.Add(json));
        _bytes.Release(old);
    }

    /// <summary>Every row is current again (after a recompute in place): nothing is stale; the bytes are packed once
    /// the released ones outweigh the live.</summary>
    public void Refreshed()
    {
        _stale.Clear();
        if (_bytes.Sparse) _bytes.Pack(_at, _count);
    }
}
