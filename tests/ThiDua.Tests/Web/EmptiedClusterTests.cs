using System.Net;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Web;

/// <summary>
/// Restructuring moved every unit of a cụm to another one. A kept link to the emptied cụm answered only "the campaign
/// has no cluster", as if the code were mistyped, though it is in clusters.csv and had units until the move.
/// </summary>
public sealed class EmptiedClusterTests(EmptiedClusterTests.App web) : IClassFixture<EmptiedClusterTests.App>
{
    [Fact]
    public async Task A_link_to_a_cluster_whose_units_all_moved_says_so_and_how_to_see_it_before_the_move()
    {
        var now = await web.Client.GetAsync("/campaigns/BK2022?cluster=BK-KHOI2");
        var before = await web.Client.GetAsync("/campaigns/BK2022?cluster=BK-KHOI2&asOf=" + Uri.EscapeDataString(web.BeforeMove.ToString("O")));

        now.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var text = WebUtility.HtmlDecode(await now.Content.ReadAsStringAsync());
        text.Should().Contain("Phong trào BK2022 hiện không có đơn vị nào trong Khối đơn vị sự nghiệp thuộc Sở TT&TT Bắc Kạn (BK-KHOI2)")
            .And.Contain("đã được chuyển sang cụm, khối khác")
            .And.Contain("as of a time before the move");
        before.StatusCode.Should().Be(HttpStatusCode.OK, "as of a time before the move the cluster had its units");
    }

    public sealed class App : SeededWebApp
    {
        public DateTimeOffset BeforeMove { get; private set; }

        protected override async Task Prepare(ThiDuaRuntime runtime)
        {
            BeforeMove = DateTimeOffset.UtcNow;
            await Task.Delay(10); // the move is recorded strictly after BeforeMove
            var outcome = await ImportAsync(runtime, ImportKind.Units, "code;name;kind;cluster\n"
                + "BK-TTTT;Trung tâm Công nghệ thông tin và Truyền thông Bắc Kạn;collective;BK-KHOI1\nBK-TTTT-01;Dương Văn Tú;individual;BK-KHOI1\n"
                + "BK-TTTT-02;Phùng Thị Lan;individual;BK-KHOI1\nBK-TTTT-03;Vi Văn Hưng;individual;BK-KHOI1\n");
            outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors.Select(e => e.MessageEn)));
        }
    }
}
