namespace ThiDua.Import.Importing;

/// <summary>
/// An append-only list in fixed chunks small enough for the young generations: growing never copies, never leaves
/// the old array behind as garbage and never holds twice the room it needs, as a <see cref="List{T}"/> of a million
/// items does while it doubles on the large-object heap.
/// </summary>
internal sealed class ChunkedList<T>
{
    // 4096 items of up to 16 bytes: 64 KB, under the large-object threshold (85,000 bytes).
    private const int Shift = 12;
    private const int ChunkSize = 1 << Shift;
    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index] => _chunks[index >> Shift][index & (ChunkSize - 1)];

    public void Add(T item)
    {
        if ((Count & (ChunkSize - 1)) == 0 && Count >> Shift == _chunks.Count) _chunks.Add(new T[ChunkSize]);
        _chunks[Count >> Shift][Count & (ChunkSize - 1)] = item;
        Count++;
    }
}
