using System.Buffers;
using System.Text.Json;

namespace ThiDua.Analytics.Projecting;

/// <summary>
/// Serialises stored rows (as <see cref="StoredAnalytics.Json"/>) into one reused UTF-8 buffer. The bytes are those of
/// <c>JsonSerializer.Serialize</c>; each call overwrites the previous result, so use it before the next call.
/// </summary>
internal sealed class JsonRowsBuffer
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);

    public ReadOnlyMemory<byte> Json<T>(T rows)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = StoredAnalytics.Json.Encoder, SkipValidation = true }))
            JsonSerializer.Serialize(writer, rows, StoredAnalytics.Json);
        return _buffer.WrittenMemory;
    }

    /// <summary>
    /// The bytes of <see cref="Json{T}"/> over the rows as a list, written as they are enumerated and handed to
    /// <paramref name="each"/> on the way: the rows need never be in memory together.
    /// </summary>
    public ReadOnlyMemory<byte> JsonArray<T>(IEnumerable<T> rows, Action<T> each)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = StoredAnalytics.Json.Encoder, SkipValidation = true }))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                JsonSerializer.Serialize(writer, row, StoredAnalytics.Json);
                each(row);
            }
            writer.WriteEndArray();
        }
        return _buffer.WrittenMemory;
    }
}
