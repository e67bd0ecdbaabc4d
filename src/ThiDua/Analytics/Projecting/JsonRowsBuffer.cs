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
}
