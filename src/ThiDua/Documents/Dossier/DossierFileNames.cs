using System.Globalization;

namespace ThiDua.Documents.Dossier;

/// <summary>
/// The dossier's folder <c>&lt;campaign&gt;-ho-so-khen-thuong/</c> beside the reports, and its files: <c>to-trinh.docx</c>,
/// <c>bien-ban.docx</c>, <c>tong-ket.docx</c>, <c>bao-cao-thanh-tich-NN-&lt;unit&gt;.docx</c> (NN in the annex's order).
/// </summary>
public static class DossierFileNames
{
    public const string FolderSuffix = "-ho-so-khen-thuong";
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Proposal = "to-trinh.docx";
    public const string Minutes = "bien-ban.docx";
    public const string Summary = "tong-ket.docx";

    /// <summary>The dossier's cut-off, beside its documents (not listed for download): the scheduled job compares it with
    /// the council's latest decision to know whether the dossier must follow it.</summary>
    public const string CutOff = "cut-off.txt";

    public static string Folder(string campaign) => Safe(campaign) + FolderSuffix;

    public static string Achievement(int index, string unit) =>
        $"bao-cao-thanh-tich-{index.ToString("000", CultureInfo.InvariantCulture)}-{Safe(unit)}.docx";

    private static string Safe(string code) => Reports.ReportFileNames.Safe(code);
}
