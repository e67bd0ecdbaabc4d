using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// Serialises stored rows (as <see cref="StoredAnalytics.Json"/>) into reused 256 KB segments: a month of a big campaign
/// (≈ 16 MB at 1M measurements) never needs one array as big as itself, nor leaves the arrays of its growth behind as
/// garbage. The bytes are those of <c>JsonSerializer.Serialize</c>; each call overwrites the previous result.
/// </summary>
internal sealed class JsonRowsBuffer : IBufferWriter<byte>
{
    // Over the large-object threshold (85,000 bytes) on purpose: segments live as long as the projection, and made
    // there they are never copied from generation to generation (young ones surviving also swelled gen 0's budget).
    private const int SegmentSize = 256 * 1024;
    private readonly List<byte[]> _segments = [];
    private readonly List<int> _used = [];
    private int _current = -1;

    /// <summary>The serialised bytes, segment by segment.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Segments => _used.Select((used, i) => new ReadOnlyMemory<byte>(_segments[i], 0, used)).Take(_current + 1);

    public int Length { get; private set; }

    public JsonRowsBuffer Json<T>(T rows)
    {
        Reset();
        using (var writer = Writer()) JsonSerializer.Serialize(writer, rows, StoredAnalytics.Json);
        return this;
    }

    /// <summary>The text, for tests and messages.</summary>
    public override string ToString() => string.Concat(Segments.Select(s => Encoding.UTF8.GetString(s.Span)));

    public void Advance(int count)
    {
        _used[_current] += count;
        Length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var need = Math.Max(sizeHint, 1);
        if (_current < 0 || _segments[_current].Length - _used[_current] < need) NextSegment(need);
        return _segments[_current].AsMemory(_used[_current]);
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    /// <summary>How stored rows are written: a row serialised alone with these is the same bytes as inside its array.</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new() { Encoder = StoredAnalytics.Json.Encoder, SkipValidation = true };

    /// <summary>A writer over this buffer, emptied first.</summary>
    internal Utf8JsonWriter Restart()
    {
        Reset();
        return Writer();
    }

    private Utf8JsonWriter Writer() => new(this, WriterOptions);

    private void Reset()
    {
        for (var i = 0; i < _used.Count; i++) _used[i] = 0;
        _current = -1;
        Length = 0;
    }

    // Segments are kept for the next call; one bigger than the usual size is made only when asked for that much at once.
    private void NextSegment(int need)
    {
        _current++;
        if (_current == _segments.Count)
        {
            _segments.Add(new byte[Math.Max(need, SegmentSize)]);
            _used.Add(0);
        }
        else if (_segments[_current].Length < need)
        {
            _segments[_current] = new byte[need];
        }
    }
}
