using ThiDua.Attainment;
using ThiDua.Periods;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// A campaign's latest computed month as it was written: each target's attainment row and its JSON bytes, in output
/// order, and the units whose figures changed since at or before that month (<see cref="Touch"/>). A monthly import
/// recomputes that month again: the rows of the units it did not touch are the same rows (a row depends only on its
/// own unit's figures up to the month and on definitions, whose change forgets the campaign), so they are reused,
/// bytes and all, and only the touched units are computed. ≈ 400 bytes a target (a 1M-row campaign: ≈ 33 MB).
/// The month is updated in place (<see cref="Replace"/>): a recompute adds only its new rows' bytes, where writing the
/// whole month anew took ≈ 33 MB of new large objects the first time — a blocking full collection and fresh pages in
/// the second import after a start. The bytes of replaced rows are left where they were until they outweigh the
/// live ones (<see cref="Refreshed"/>).
/// </summary>
internal sealed class KeptMonth
{
    private const int ChunkSize = 256 * 1024;
    private readonly YearMonth _month;
    private readonly AttainmentRow[] _rows;
    private readonly (int Chunk, int Offset, int Length)[] _at;
    private readonly List<byte[]> _chunks = [];
    private readonly List<byte[]> _free;
    private readonly HashSet<string> _stale = new(StringComparer.Ordinal);
    private int _count;
    private int _used = ChunkSize;
    private long _bytes;
    private long _dead;

    /// <summary>A month of <paramref name="targets"/> rows, written into <paramref name="recycled"/>'s arrays (which is then emptied) when given.</summary>
    public KeptMonth(YearMonth month, int targets, KeptMonth? recycled = null)
    {
        _month = month;
        var same = recycled is not null && recycled._rows.Length == targets;
        _rows = same ? recycled!._rows : new AttainmentRow[targets];
        _at = same ? recycled!._at : new (int, int, int)[targets];
        _free = recycled is null ? [] : [.. recycled._free, .. recycled._chunks];
        if (recycled is null) return;
        recycled._chunks.Clear();
        recycled._free.Clear();
        recycled._count = 0;
    }

    public YearMonth Month => _month;

    /// <summary>The token stored when this month was written (<see cref="KeptParts"/>); null until it is.</summary>
    public Guid? Token { get; set; }

    /// <summary>The month's rows in output order, once all are added.</summary>
    public IReadOnlyList<AttainmentRow> Rows => _rows;

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

    /// <summary>The JSON of the row at <paramref name="position"/>, as written the first time.</summary>
    public ReadOnlySpan<byte> Json(int position)
    {
        var (chunk, offset, length) = _at[position];
        return _chunks[chunk].AsSpan(offset, length);
    }

    private byte[] Take()
    {
        var chunk = _free[^1];
        _free.RemoveAt(_free.Count - 1);
        return chunk;
    }

    public void Add(AttainmentRow row, ReadOnlySpan<byte> json)
    {
        (_rows[_count], _at[_count]) = (row, Append(json));
        _count++;
    }

    /// <summary>The row at <paramref name="position"/> computed again: its new bytes are added, the old ones left dead.</summary>
    public void Replace(int position, AttainmentRow row, ReadOnlySpan<byte> json)
    {
        _dead += _at[position].Length;
        (_rows[position], _at[position]) = (row, Append(json));
    }

    /// <summary>Every row is current again (after a recompute in place): nothing is stale, and the bytes are packed
    /// into other chunks once the dead ones outweigh the live.</summary>
    public void Refreshed()
    {
        _stale.Clear();
        if (_dead <= _bytes - _dead) return;
        var old = _chunks.ToArray();
        (_bytes, _dead, _used) = (0, 0, ChunkSize);
        _chunks.Clear();
        for (var p = 0; p < _count; p++)
        {
            var (chunk, offset, length) = _at[p];
            _at[p] = Append(old[chunk].AsSpan(offset, length));
        }
        // Kept for the rows replaced next, and for the next packing: no new chunks once the month has been packed.
        _free.AddRange(old);
    }

    private (int Chunk, int Offset, int Length) Append(ReadOnlySpan<byte> json)
    {
        if (ChunkSize - _used < json.Length)
        {
            _chunks.Add(json.Length <= ChunkSize && _free.Count > 0 ? Take() : new byte[Math.Max(ChunkSize, json.Length)]);
            _used = 0;
        }
        json.CopyTo(_chunks[^1].AsSpan(_used));
        var at = (_chunks.Count - 1, _used, json.Length);
        _used += json.Length;
        _bytes += json.Length;
        return at;
    }
}
