using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Periods;

/// <summary>Stores a month as <c>"YYYY-MM"</c> in events and JSON answers.</summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        YearMonth.Parse(reader.GetString()!);

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
