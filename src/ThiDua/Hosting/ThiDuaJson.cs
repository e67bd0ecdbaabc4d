using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Hosting;

/// <summary>One JSON shape for events, read models and answers: camelCase members, snake_case enum values.</summary>
public static class ThiDuaJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }
}
