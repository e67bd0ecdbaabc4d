using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Analytics.Output;

/// <summary>
/// Writes an enum as its snake_case name (<c>UnitKind.Collective</c> → <c>"collective"</c>), the spelling
/// the CSV outputs use. Put on properties whose enum lives outside the analytics folders.
/// </summary>
public sealed class SnakeCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public SnakeCaseEnumConverter()
        : base(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    {
    }
}
