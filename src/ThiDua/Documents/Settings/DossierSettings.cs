using System.Text.Json.Serialization;

namespace ThiDua.Documents.Settings;

/// <summary>
/// Who issues a campaign's documents and how they are signed (Nghị định 30/2020/NĐ-CP layout): the issuing body and
/// its parent (top left), the place before the date, the number's symbol after the slash (the number itself is the
/// clerk's, left blank), the council's name, the signer, the recipients. Every field may be left out: the document
/// then shows a dotted blank for the office to fill.
/// </summary>
public sealed record DossierSettings(
    [property: JsonPropertyName("parent_body")] string? ParentBody = null,
    [property: JsonPropertyName("issuing_body")] string? IssuingBody = null,
    [property: JsonPropertyName("place")] string? Place = null,
    [property: JsonPropertyName("symbol")] string? Symbol = null,
    [property: JsonPropertyName("council")] string? Council = null,
    [property: JsonPropertyName("signer_title")] string? SignerTitle = null,
    [property: JsonPropertyName("signer_name")] string? SignerName = null,
    [property: JsonPropertyName("recipients")] IReadOnlyList<string>? Recipients = null,
    [property: JsonPropertyName("date")] DateOnly? Date = null)
{
    public static DossierSettings Blank { get; } = new();
}
