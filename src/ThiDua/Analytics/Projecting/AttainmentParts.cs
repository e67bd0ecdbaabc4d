using System.Text.Json;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// A month's attainment rows serialised as consecutive parts of <see cref="RowsPerPart"/> rows, each its own JSON array
/// (reused buffers), noting which parts hold a row that was not reused from the kept month: only those need writing
/// again. Joined in order, the parts' elements are exactly the bytes of the month's whole array.
/// </summary>
internal sealed class AttainmentParts
{
    /// <summary>≈ 400 KB of JSON a part: a 1M-row campaign's month (83K targets) is ≈ 41 parts.</summary>
    public const int RowsPerPart = 2048;

    private readonly List<JsonRowsBuffer> _buffers = [];
    private readonly List<bool> _changed = [];
    private Utf8JsonWriter? _writer;
    private int _rows;

    public int Count { get; private set; }

    /// <summary>Every part, in order.</summary>
    public IEnumerable<(int Part, JsonRowsBuffer Rows)> All => Enumerable.Range(0, Count).Select(i => (i, _buffers[i]));

    /// <summary>The parts holding a row computed anew (or all, when nothing was reused).</summary>
    public IEnumerable<(int Part, JsonRowsBuffer Rows)> Changed => All.Where(p => _changed[p.Part]);

    /// <summary>Empties the parts for a new month.</summary>
    public void Begin()
    {
        _rows = 0;
        Count = 0;
        _writer = null;
    }

    /// <summary>The writer for the next row; <paramref name="reused"/>: its bytes are those already stored.</summary>
    public Utf8JsonWriter Next(bool reused)
    {
        if (_writer is null || _rows % RowsPerPart == 0) Open();
        if (!reused) _changed[Count - 1] = true;
        _rows++;
        return _writer!;
    }

    /// <summary>Closes the last part; a month without rows is one empty array.</summary>
    public void End()
    {
        if (_writer is null) Open();
        Close();
        _changed[Count - 1] |= _rows == 0;
    }

    /// <summary>The month's whole array, as a reader joins the parts (for tests and messages).</summary>
    public override string ToString() =>
        "[" + string.Join(",", All.Select(p => p.Rows.ToString()[1..^1]).Where(e => e.Length > 0)) + "]";

    private void Open()
    {
        Close();
        if (Count == _buffers.Count)
        {
            _buffers.Add(new JsonRowsBuffer());
            _changed.Add(false);
        }
        _changed[Count] = false;
        _writer = _buffers[Count].Restart();
        _writer.WriteStartArray();
        Count++;
    }

    private void Close()
    {
        if (_writer is null) return;
        _writer.WriteEndArray();
        _writer.Dispose();
        _writer = null;
    }
}
