using ThiDua.Dashboards;
using ThiDua.Exports.Tables;
using ThiDua.Exports.Xlsx;
using ThiDua.Registrations;
using ThiDua.Tests.Exports;
using ThiDua.Tests.Analytics;
using ThiDua.Web.Campaigns;
using ThiDua.Web.Registrations;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// A district dissolved from July that never registered: the registrations page listed it among "Chưa đăng ký" in red
/// like a unit still to chase, with nothing saying it no longer exists. It stays listed (its registration is history)
/// and says since when it has ended, in the table and in the list. The registrations Excel ("Tải Excel") said
/// "chưa đăng ký" for it, a row to chase in the file the office works from: its status says since when instead.
/// </summary>
public sealed class EndedUnitRegistrationTests
{
    [Fact]
    public void An_ended_unit_on_the_registrations_page_says_since_when_it_has_ended()
    {
        var snapshot = new SnapshotBuilder().Unit("A").Unit("B").Ended("B", "2024-07").Scored("A", 90m).Scored("B", 90m, month: "2024-06").Build();

        var html = RegistrationPage.Render(new CampaignView(snapshot, M("2024-12"), null), new DashboardSelection(snapshot.Campaign.Code));

        html.Should().Contain("B (B) <span class=\"meta\">· ngừng hoạt động từ tháng 07/2024</span></td>")
            .And.Contain("B (B) — Tập thể <span class=\"meta\">· ngừng hoạt động từ tháng 07/2024</span></li>");
        html.Should().NotContain("A (A) <span class=\"meta\">· ngừng");
    }

    [Fact]
    public void An_ended_unit_in_the_registrations_excel_says_since_when_instead_of_chua_dang_ky()
    {
        var built = new SnapshotBuilder().Unit("A").Unit("B").Unit("C").Ended("B", "2024-07").Ended("C", "2024-07")
            .Scored("A", 90m).Scored("B", 90m, month: "2024-06").Scored("C", 90m, month: "2024-06").Build();
        var snapshot = built with { Registrations = [new Registration(built.Campaign.Code, "C", null, new DateOnly(2024, 1, 10), "Đăng ký qua văn bản")] };

        var bytes = XlsxWorkbookWriter.ToBytes([RegistrationSheet.Of(snapshot)]);
        var rows = WorkbookReadBack.Open(new MemoryStream(bytes)).Sheets.Single().DataTexts(9).ToList();

        rows.Select(r => (r[0], r[7], r[8])).Should().Equal(("A", "chưa đăng ký", ""), ("B", "ngừng hoạt động từ tháng 07/2024", ""),
            ("C", "đúng hạn", "ngừng hoạt động từ tháng 07/2024; Đăng ký qua văn bản"));
    }

    [Fact]
    public void The_sentence_counts_an_ended_unit_not_registered_apart_from_those_to_chase_and_lists_it_last()
    {
        // B ended in July and never registered, C still exists and never registered, A registered on time.
        var built = new SnapshotBuilder().Unit("A").Unit("B").Unit("C").Ended("B", "2024-07")
            .Scored("A", 90m).Scored("B", 90m, month: "2024-06").Scored("C", 90m).Build();
        var snapshot = built with { Registrations = [new Registration(built.Campaign.Code, "A", null, new DateOnly(2024, 1, 10), null)] };

        var html = RegistrationPage.Render(new CampaignView(snapshot, M("2024-12"), null), new DashboardSelection(snapshot.Campaign.Code));

        html.Should().Contain("<strong>1</strong> đúng hạn, <strong>0</strong> muộn; chưa đăng ký: <strong>1</strong>; "
            + "ngừng hoạt động, không đăng ký: <strong>1</strong> (trên 3 tập thể, cá nhân tham gia).");
        var list = html[html.IndexOf("id=\"chua-dang-ky\"", StringComparison.Ordinal)..];
        list.IndexOf("C (C) — ", StringComparison.Ordinal).Should().BeLessThan(list.IndexOf("B (B) — ", StringComparison.Ordinal), "the one to chase comes first");
    }
}
