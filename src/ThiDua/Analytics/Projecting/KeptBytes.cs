namespace ThiDua.Analytics.Projecting;

/// <summary>
/// The JSON bytes of a kept month's rows (<see cref="KeptMonth"/>), in 256 KB chunks — over the large-object threshold
/// on purpose: they live as long as the projection and are never copied from generation to generation. A row's bytes
/// are added at the end; a replaced row's old bytes are released, and a chunk whose every row was replaced is used
/// again, so a recompute that replaces a run of rows (a monthly file's units) needs hardly any new chunk. Rows
/// replaced here and there leave released bytes behind until <see cref="Pack"/>.
/// </summary>
internal sealed class KeptBytes
{
    private const int ChunkSize = 256 * 1024;
    private readonly List<byte[]?> _chunks = [];
    // Per chunk: bytes written into it, and those still some row's.
    private readonly List<int> _written = [];
    private readonly List<int> _live = [];
    private readonly List<byte[]> _free;
    private int _used = ChunkSize;
    private long _liveTotal, _releasedTotal;

    /// <summary>Empty, with <paramref name="recycled"/>'s chunks to fill (it is emptied) when given.</summary>
    public KeptBytes(KeptBytes? recycled = null)
    {
        _free = recycled is null ? [] : [.. recycled._free, .. recycled._chunks.OfType<byte[]>()];
        recycled?.Clear();
        recycled?._free.Clear();
    }

    /// <summary>Whether the bytes released outweigh the live ones.</summary>
    public bool Sparse => _releasedTotal > _liveTotal;

    /// <summary>How many chunks it holds, filled or free: its memory, in 256 KB.</summary>
    public int ChunksHeld => _chunks.Count(c => c is not null) + _free.Count;

    public ReadOnlySpan<byte> this[(int Chunk, int Offset, int Length) at] => _chunks[at.Chunk]!.AsSpan(at.Offset, at.Length);

    public (int Chunk, int Offset, int Length) Add(ReadOnlySpan<byte> json)
    {
        if (ChunkSize - _used < json.Length)
        {
            _chunks.Add(json.Length <= ChunkSize && _free.Count > 0 ? Take() : new byte[Math.Max(ChunkSize, json.Length)]);
            _used = 0;
            _written.Add(0);
            _live.Add(0);
        }
        var chunk = _chunks.Count - 1;
        json.CopyTo(_chunks[chunk]!.AsSpan(_used));
        var at = (chunk, _used, json.Length);
        _used += json.Length;
        _written[chunk] += json.Length;
        _live[chunk] += json.Length;
        _liveTotal += json.Length;
        return at;
    }

    /// <summary>The bytes at <paramref name="at"/> are no row's any more; their chunk is used again once none of it is.</summary>
    public void Release((int Chunk, int Offset, int Length) at)
    {
        (_live[at.Chunk], _liveTotal, _releasedTotal) = (_live[at.Chunk] - at.Length, _liveTotal - at.Length, _releasedTotal + at.Length);
        // The last chunk is still being filled.
        if (_live[at.Chunk] > 0 || at.Chunk == _chunks.Count - 1) return;
        _free.Add(_chunks[at.Chunk]!);
        _chunks[at.Chunk] = null;
        _releasedTotal -= _written[at.Chunk];
        _written[at.Chunk] = 0;
    }

    /// <summary>Copies the bytes at <paramref name="places"/> (each place updated) into other chunks, in order: no released byte is left.</summary>
    public void Pack((int Chunk, int Offset, int Length)[] places, int count)
    {
        var old = _chunks.ToArray();
        Clear();
        for (var p = 0; p < count; p++)
        {
            var (chunk, offset, length) = places[p];
            places[p] = Add(old[chunk]!.AsSpan(offset, length));
        }
        // Kept for the rows replaced next and the next packing: a month packed once needs no new chunk to pack again.
        _free.AddRange(old.OfType<byte[]>());
    }

    private void Clear()
    {
        _chunks.Clear();
        _written.Clear();
        _live.Clear();
        (_used, _liveTotal, _releasedTotal) = (ChunkSize, 0, 0);
    }

    private byte[] Take()
    {
        var chunk = _free[^1];
        _free.RemoveAt(_free.Count - 1);
        return chunk;
    }
}
