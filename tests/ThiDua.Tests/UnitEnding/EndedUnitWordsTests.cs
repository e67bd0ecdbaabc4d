using System.Text.RegularExpressions;
using ThiDua.Dashboards;
using ThiDua.Exports.Tables;
using ThiDua.Exports.Xlsx;
using ThiDua.Tests.Analytics;
using ThiDua.Tests.Exports;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Registrations;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// "ngừng hoạt động từ tháng 07/2024" was written by each surface itself, and the unit picker and the registrations
/// Excel left out the district that took the merged one over, which the registrations page and the tree name (linked):
/// the office reading the file could not tell where the district's work went. Every surface now says the same sentence
/// (<c>UnitEndWords</c>), the successor linked on a page and named in the picker and the file.
/// </summary>
public sealed partial class EndedUnitWordsTests
{
    private const string Said = "ngừng hoạt động từ tháng 07/2024, sáp nhập vào UBND huyện An Bình";

    private static readonly ThiDua.Analytics.CampaignSnapshot Snapshot = new SnapshotBuilder()
        .Unit("TINH", name: "UBND tỉnh Thử").Unit("H1", name: "UBND huyện An Bình", parent: "TINH").Unit("H2", name: "UBND huyện Bắc Sơn", parent: "TINH")
        .Merged("H2", "2024-07", "H1").Scored("H1", 90m).Scored("H2", 90m, month: "2024-06").Build();

    [Fact]
    public void The_picker_the_registrations_excel_and_the_page_say_the_same_sentence_naming_the_successor()
    {
        var view = new CampaignView(Snapshot, M("2024-09"), null);
        var selection = new DashboardSelection(Snapshot.Campaign.Code);

        FilterForm.Render("/dashboards/indicator", ["unit"], view, selection).Should().Contain($"<option value=\"H2\">UBND huyện Bắc Sơn ({Said})</option>");
        var rows = WorkbookReadBack.Open(new MemoryStream(XlsxWorkbookWriter.ToBytes([RegistrationSheet.Of(Snapshot)]))).Sheets.Single().DataTexts(9).ToList();
        rows.Single(r => r[0] == "H2")[7].Should().Be(Said);
        Text(RegistrationPage.Render(view, selection)).Should().Contain($"UBND huyện Bắc Sơn (H2) · {Said}");
    }

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
