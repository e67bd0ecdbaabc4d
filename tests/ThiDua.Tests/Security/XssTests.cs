using System.Net;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Security;

/// <summary>Names, notes, file names and cell values that came from users come out escaped in HTML and SVG.</summary>
public class XssTests(XssTests.HostileData web) : IClassFixture<XssTests.HostileData>
{
    public const string Script = "<script>alert(1)</script>";
    public const string Img = "\"><img src=x onerror=alert(1)>";

    public sealed class HostileData : SecuredWebApp
    {
        protected override async Task Prepare(ThiDuaRuntime runtime)
        {
            await base.Prepare(runtime);
            foreach (var (kind, csv) in new[]
            {
                (ImportKind.Units, $"code,name,kind,parent,cluster\nXSS-1,{Script},collective,,BK-KHOI1\nXSS-2,\"{Img.Replace("\"", "\"\"", StringComparison.Ordinal)}\",collective,,BK-KHOI1\n"),
                (ImportKind.Indicators, $"campaign,code,name,uom,direction,aggregation,weight\nBK2022,XSS-I,{Script},%,at_least,latest,1\n"),
                (ImportKind.Targets, "campaign,indicator,unit,target\nBK2022,XSS-I,XSS-2,10\nBK2022,BK22-01,XSS-2,10\nBK2022,BK22-01,XSS-1,10\n"),
                (ImportKind.Measurements, $"campaign,unit,indicator,period,value,note\nBK2022,XSS-2,XSS-I,2022-03,5,{Script}\nBK2022,XSS-2,BK22-01,2022-03,5,{Script}\n"),
                (ImportKind.Clusters, $"code,name,note\nBK-KHOI1,{Script},{Script}\n"),
                (ImportKind.Registrations, $"campaign,unit,form,date,note\nBK2022,XSS-1,,2022-01-15,{Script}\n"),
            })
            {
                var outcome = await ImportAsync(runtime, kind, csv, culture: NumberCulture.En, fileName: Script + ".csv");
                outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
            }
        }
    }

    [Theory]
    [InlineData("/campaigns/BK2022")]
    [InlineData("/campaigns/BK2022/units/XSS-1")]
    [InlineData("/campaigns/BK2022/units/XSS-2")]
    [InlineData("/campaigns/BK2022/indicators/BK22-01")]
    [InlineData("/campaigns/BK2022/indicators/XSS-I")]
    [InlineData("/dashboards/leadership?campaign=BK2022")]
    [InlineData("/dashboards/indicator?campaign=BK2022&unit=XSS-1&indicator=BK22-01")]
    [InlineData("/dashboards/indicator?campaign=BK2022&unit=XSS-2&indicator=XSS-I")]
    [InlineData("/audit?campaign=BK2022")]
    [InlineData("/campaigns/BK2022/registrations")]
    [InlineData("/campaigns/BK2022/submissions")]
    [InlineData("/campaigns/BK2022/tree")]
    [InlineData("/campaigns/BK2022/print")]
    [InlineData("/campaigns/BK2022?cluster=BK-KHOI1")]
    [InlineData("/campaigns/BK2022/units/XSS-1/score")]
    [InlineData("/campaigns/BK2022/units/XSS-2/indicators/XSS-I/provenance")]
    [InlineData("/campaigns/BK2022/units/XSS-2/indicators/BK22-01/provenance?period=2022-03")]
    [InlineData("/charts/ranking.svg?campaign=BK2022")]
    [InlineData("/charts/attainment.svg?campaign=BK2022&period=2022-03")]
    [InlineData("/charts/heatmap.svg?campaign=BK2022")]
    [InlineData("/charts/heatmap.svg?campaign=BK2022&period=2022-03")]
    [InlineData("/charts/progress.svg?campaign=BK2022&unit=XSS-1&indicator=BK22-01")]
    [InlineData("/charts/progress.svg?campaign=BK2022&unit=XSS-2&indicator=XSS-I")]
    [InlineData("/charts/awards.svg?campaign=BK2022")]
    public async Task Script_and_attribute_breaking_names_appear_escaped(string url)
    {
        using var client = web.ClientWith(web.ViewerToken);

        var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().NotContain(Script).And.NotContain("<img").And.NotContain("onerror=alert(1)>");
        body.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;", "the hostile text is shown, as text");
    }

    [Fact]
    public async Task Audit_page_shows_the_hostile_note_and_file_name_as_text()
    {
        using var client = web.ClientWith(web.ViewerToken);

        var html = await client.GetStringAsync("/audit?unit=XSS-2");

        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;.csv").And.NotContain(Script);
    }

    [Fact]
    public async Task Import_errors_show_a_hostile_cell_and_file_name_as_text()
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var af = await session.FormTokenAsync("/imports");

        var response = await session.Client.PostAsync("/imports", SecurityRequests.Csv(
            $"campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-07;{Img.Replace("\"", "", StringComparison.Ordinal)}\n", Script + ".csv", af, "measurements"));

        response.StatusCode.Should().Be(HttpStatusCode.UnprocessableEntity);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("&lt;img src=x onerror=alert(1)&gt;").And.NotContain("<img").And.NotContain(Script);
    }
}
