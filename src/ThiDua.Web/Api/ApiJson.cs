using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Web.Api;

/// <summary>
/// The API writes rows exactly as <c>thidua … --format json</c> does: the row records' own
/// [JsonPropertyName]s (the CSV columns), Vietnamese letters unescaped.
/// </summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        // As the CLI: every type sets its names itself ([JsonPropertyName]); no policy renames them.
        options.PropertyNamingPolicy = null;
        // The web defaults read numbers from strings too, so the OpenAPI document described every count as "integer or
        // string" (with a pattern); the API writes numbers only and reads no JSON body. Writing is the same either way.
        options.NumberHandling = JsonNumberHandling.Strict;
    }
}
