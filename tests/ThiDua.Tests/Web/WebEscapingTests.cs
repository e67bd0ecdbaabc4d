using System.Net;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Web;

/// <summary>A unit named like a script must come out as text everywhere it is shown.</summary>
public class WebEscapingTests(WebEscapingTests.ScriptNamedUnit web) : IClassFixture<WebEscapingTests.ScriptNamedUnit>
{
    public const string ScriptName = "<script>alert(1)</script>";

    public sealed class ScriptNamedUnit : SeededWebApp
    {
        protected override async Task Prepare(ThiDuaRuntime runtime)
        {
            var unit = await ImportAsync(runtime, ImportKind.Units, $"code;name;kind;parent;cluster\nXSS-1;{ScriptName};collective;;BK-KHOI1\n");
            var target = await ImportAsync(runtime, ImportKind.Targets, "campaign;indicator;unit;target\nBK2022;BK22-01;XSS-1;10\n");
            unit.Accepted.Should().BeTrue(string.Join("; ", unit.Errors));
            target.Accepted.Should().BeTrue(string.Join("; ", target.Errors));
        }
    }

    [Theory]
    [InlineData("/campaigns/BK2022")]
    [InlineData("/campaigns/BK2022/units/XSS-1")]
    [InlineData("/campaigns/BK2022/indicators/BK22-01")]
    [InlineData("/dashboards/leadership?campaign=BK2022")]
    [InlineData("/dashboards/indicator?campaign=BK2022&unit=XSS-1&indicator=BK22-01")]
    [InlineData("/charts/ranking.svg?campaign=BK2022")]
    [InlineData("/charts/heatmap.svg?campaign=BK2022")]
    [InlineData("/charts/progress.svg?campaign=BK2022&unit=XSS-1&indicator=BK22-01")]
    public async Task Script_in_a_unit_name_is_shown_escaped_never_raw(string url)
    {
        var response = await web.Client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.NotContain(ScriptName);
    }
}
