using ThiDua.Documents.Settings;

namespace ThiDua.Documents.Docx;

/// <summary>
/// The parts of an administrative document laid out by Nghị định 30/2020/NĐ-CP: the issuing body under its parent
/// (top left) with the number and symbol, the national heading and motto (top right) with place and date, the
/// title, and at the end "Nơi nhận" (left) beside the signer's title and name (right). What the settings leave
/// unset is a dotted blank the office fills in by hand.
/// </summary>
public static class OfficialLayout
{
    /// <summary>A dotted blank to be filled in.</summary>
    public const string Blank = OfficialText.Blank;

    private const int LeftColumn = 3686; // 6.5 cm

    /// <summary>The solid line under the motto, as long as the motto (NĐ 30): 13 em dashes at 13 pt, 6.0 cm, about the width of
    /// "Độc lập - Tự do - Hạnh phúc" in bold 14 pt Times New Roman (until 2026-12 eleven, 5.0 cm).</summary>
    public const string MottoRule = "—————————————";

    /// <param name="kind">The symbol's document kind before the body's symbol: "TTr" (tờ trình), "BB" (biên bản), "BC" (báo cáo).</param>
    /// <param name="issuer">Who issues this document, when not the settings' body (a candidate's own report).</param>
    /// <param name="subject">A công văn's trích yếu under its number ("V/v …"); other documents carry it as their title.</param>
    public static void Heading(DocxBuilder doc, DossierSettings settings, string kind, string? issuer = null, string? parent = null, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(settings);
        var small = new DocxText(13, Align: DocxAlign.Center, SpaceAfter: 0);
        var left = new List<DocxParagraph>
        {
            DocxBuilder.Para(OfficialText.Upper(parent ?? settings.ParentBody), small),
            DocxBuilder.Para(OfficialText.Upper(issuer ?? settings.IssuingBody), small with { Bold = true }),
            DocxBuilder.Para("———————", small),
            DocxBuilder.Para(OfficialText.Number(settings, kind), small),
        };
        if (subject is not null) left.Add(DocxBuilder.Para(subject, new DocxText(12, Align: DocxAlign.Center, SpaceAfter: 0)));
        var right = new List<DocxParagraph>
        {
            // 12 pt, the decree's smaller size: at 13 pt bold the line is 9.5 cm wide, more than the column holds inside
            // its cell margins, and Word broke it before "NAM".
            DocxBuilder.Para(OfficialText.Nation, small with { Size = 12, Bold = true }),
            DocxBuilder.Para(OfficialText.Motto, new DocxText(14, Bold: true, Align: DocxAlign.Center, SpaceAfter: 0)),
            DocxBuilder.Para(MottoRule, small),
            DocxBuilder.Para(OfficialText.PlaceAndDate(settings), new DocxText(14, Italic: true, Align: DocxAlign.Center, SpaceAfter: 0)),
        };
        doc.Columns(LeftColumn, left, right);
        doc.Paragraph("", DocxText.Centered);
    }

    public static void Title(DocxBuilder doc, string title, string? subtitle = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Paragraph(title.ToUpperInvariant(), DocxText.Title);
        if (subtitle is not null) doc.Paragraph(subtitle, DocxText.Title);
        doc.Paragraph("—————", DocxText.Centered with { SpaceAfter = 6 });
    }

    /// <summary>What a signer who has a seal writes under the title; a person signing for themselves has none.</summary>
    public const string SealNote = "(Ký, ghi rõ họ tên, đóng dấu)";

    /// <summary>"Nơi nhận:" with its list (left) and the signer's title, a space to sign, and the name (right).</summary>
    /// <param name="signerName">The name under the signature; "" for a dotted blank (someone the settings do not name).</param>
    /// <param name="note">The line under the title: <see cref="SealNote"/> unless given.</param>
    /// <param name="secondSigner">A second signature on the left instead of "Nơi nhận" (the biên bản's secretary beside
    /// the chair, as minutes are signed side by side), with the line under its title.</param>
    public static void Signature(DocxBuilder doc, DossierSettings settings, string? signerTitle = null, string? signerName = null, bool withRecipients = true,
        string? note = null, (string Title, string Note)? secondSigner = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(settings);
        doc.Paragraph("", DocxText.Centered);
        var left = new List<DocxParagraph>();
        if (withRecipients)
        {
            left.Add(DocxBuilder.Para("Nơi nhận:", new DocxText(12, Bold: true, Italic: true, Align: DocxAlign.Left, SpaceAfter: 0)));
            left.AddRange(OfficialText.Recipients(settings).Select(x => DocxBuilder.Para(x, new DocxText(11, Align: DocxAlign.Left, SpaceAfter: 0))));
        }
        else if (secondSigner is { } second)
            left.AddRange(SignerBlock(second.Title, second.Note, Blank));
        var title = signerTitle ?? settings.SignerTitle;
        var name = signerName ?? settings.SignerName;
        doc.Columns(LeftColumn + 567, left, SignerBlock(title, note ?? SealNote, name));
    }

    private static List<DocxParagraph> SignerBlock(string? title, string note, string? name) =>
    [
        DocxBuilder.Para(OfficialText.Upper(title), new DocxText(14, Bold: true, Align: DocxAlign.Center, SpaceAfter: 0)),
        DocxBuilder.Para(note, new DocxText(13, Italic: true, Align: DocxAlign.Center, SpaceAfter: 0)),
        DocxBuilder.Para("\n\n\n", DocxText.Centered),
        DocxBuilder.Para(name is { Length: > 0 } ? name : Blank, new DocxText(14, Bold: true, Align: DocxAlign.Center, SpaceAfter: 0)),
    ];

    /// <summary>A section the office writes itself: the decree's heading, what it asks for, and dotted lines to write on.</summary>
    public static void ToFill(DocxBuilder doc, string what, int lines = 2)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Paragraph(DocxText.Body, ("[Đơn vị tự ghi] ", true, true), (what, false, true));
        for (var i = 0; i < lines; i++) doc.Paragraph(new string('…', 60), DocxText.Body with { FirstLineIndent = false });
    }
}
