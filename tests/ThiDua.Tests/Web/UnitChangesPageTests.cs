using System.Net;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web;

/// <summary>The /imports check of a units file shows each field it would change in a stored unit, old → new, before it is confirmed.</summary>
public sealed class UnitChangesPageTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public async Task Checking_a_units_file_shows_the_renamed_unit_and_its_old_and_new_name()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var csv = "code;name;kind;parent;cluster\nBK-TTBCXB;Phòng Báo chí - Xuất bản;collective;BK-STTTT;BK-KHOI1\n";

        var response = await session.Client.PostAsync("/imports", SecurityRequests.Csv(csv, "don-vi.csv", await session.FormTokenAsync("/imports"), "units"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("<h2>Các thay đổi đơn vị sẽ ghi (1)</h2>")
            .And.Contain("<td>BK-TTBCXB<br><span class=\"muted\">Phòng Báo chí - Xuất bản</span></td><td>Tên đơn vị</td>"
                + "<td>Phòng Thông tin - Báo chí - Xuất bản (Sở TT&TT Bắc Kạn)</td><td>Phòng Báo chí - Xuất bản</td>");
    }

    [Fact]
    public async Task A_unit_moved_to_another_parent_shows_both_parents_by_code_and_name()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var csv = "code;name;kind;parent;cluster\nBK-TTBCXB;Phòng Thông tin - Báo chí - Xuất bản (Sở TT&TT Bắc Kạn);collective;BK-VP;BK-KHOI1\n";

        var response = await session.Client.PostAsync("/imports", SecurityRequests.Csv(csv, "don-vi.csv", await session.FormTokenAsync("/imports"), "units"));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        response.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("<td>Đơn vị cha</td><td>BK-STTTT<br><span class=\"muted\">Sở Thông tin và Truyền thông tỉnh Bắc Kạn</span></td>"
            + "<td>BK-VP<br><span class=\"muted\">Văn phòng Sở (Sở TT&TT Bắc Kạn)</span></td></tr>");
    }
}
