using System.Text.Json.Serialization;
using ThiDua.Analytics.Output;
using ThiDua.Units;

namespace ThiDua.Awards;

/// <summary>
/// One candidate of one form. JSON names are the CSV columns of SPEC §5; in JSON <c>reasons</c> is the
/// list of reason objects, in CSV their English texts joined with "; ".
/// </summary>
/// <param name="Score">Score at the campaign's last month (2 decimals); null for a candidate without targets.</param>
public sealed record AwardRow(
    [property: JsonPropertyName("form")] string Form,
    [property: JsonPropertyName("recipient_kind"), JsonConverter(typeof(SnakeCaseEnumConverter<UnitKind>))] UnitKind RecipientKind,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("status"), JsonConverter(typeof(JsonStringEnumConverter<AwardStatus>))] AwardStatus Status,
    [property: JsonPropertyName("score"), JsonConverter(typeof(TwoDecimalsJson))] decimal? Score,
    [property: JsonPropertyName("reasons")] IReadOnlyList<AwardReason> Reasons);
