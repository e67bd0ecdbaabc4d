using System.Text.Json;
using System.Text.Json.Serialization;
using ThiDua.Periods;

namespace ThiDua.Analytics.Output;

/// <summary>A period as <c>"YYYY-MM"</c> in JSON, as in the CSV outputs (not as an object with year and month).</summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        YearMonth.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException("Expected a month as \"YYYY-MM\".");

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
