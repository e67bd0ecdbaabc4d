using ThiDua.Documents.Settings;
using ThiDua.Reports.Shared;

namespace ThiDua.Reports.Html;

/// <summary>
/// The Nghị định 30/2020/NĐ-CP parts of a report, as the Word documents have them: the issuing body under its parent
/// with the number (left) beside the national heading with place and date (right), and at the end "Nơi nhận" beside
/// the signer. A report is dated the day of its cut-off (Vietnam time), the day its figures are as of.
/// </summary>
internal static class OfficialSections
{
    public static void Heading(HtmlWriter w, ReportLetterhead letterhead, DateTimeOffset cutOff)
    {
        var s = letterhead.Settings with { Date = DateOnly.FromDateTime(cutOff.ToOffset(ReportCutOff.VietnamOffset).DateTime) };
        w.Open("div", "letterhead").Raw("\n");
        w.Open("div", "issuer").Raw("\n");
        w.Element("div", OfficialText.Upper(s.ParentBody));
        w.Element("div", OfficialText.Upper(s.IssuingBody), "body");
        w.Element("div", OfficialText.Number(s, "BC"), "number");
        w.Close("div");
        w.Open("div", "nation").Raw("\n");
        w.Element("div", OfficialText.Nation, "body");
        w.Element("div", OfficialText.Motto, "motto");
        w.Element("div", OfficialText.PlaceAndDate(s), "date");
        w.Close("div");
        w.Close("div");
        if (letterhead.Problem is { } problem) w.Element("p", problem, "note flag");
    }

    public static void Signature(HtmlWriter w, ReportLetterhead letterhead)
    {
        var s = letterhead.Settings;
        w.Open("div", "signature").Raw("\n");
        w.Open("div", "recipients").Raw("\n");
        w.Element("div", "Nơi nhận:", "label");
        foreach (var r in OfficialText.Recipients(s)) w.Element("div", r);
        w.Close("div");
        w.Open("div", "signer").Raw("\n");
        w.Element("div", OfficialText.Upper(s.SignerTitle), "body");
        w.Element("div", "(Ký, ghi rõ họ tên, đóng dấu)", "hint");
        w.Element("div", s.SignerName is { Length: > 0 } name ? name : OfficialText.Blank, "name");
        w.Close("div");
        w.Close("div");
    }
}
