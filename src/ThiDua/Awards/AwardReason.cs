using System.Text.Json.Serialization;

namespace ThiDua.Awards;

/// <summary>
/// Why a candidate got its status: a stable <paramref name="Code"/> for programs and tests, and the
/// same sentence in Vietnamese (the UI's language) and English (the CSV <c>reasons</c> column).
/// </summary>
public sealed record AwardReason(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("vi")] string Vietnamese,
    [property: JsonPropertyName("en")] string English);
