using System.Net;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Web;

/// <summary>The repository's dashboards, plus a malformed file, and a malformed "leadership" (which the campaign page uses).</summary>
public sealed class BrokenDashboardWebApp : SeededWebApp
{
    private readonly Lazy<string> _folder = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("thidua-dashboards-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(SeedFiles.RepositoryRoot, "dashboards"), "*.json"))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(folder, "hong.json"), "{ \"title\": \"Hỏng\", \"panels\": [ ");
        File.WriteAllText(Path.Combine(folder, "leadership.json"), "{ \"title\": \"\", \"panels\": [] }");
        return folder;
    });

    protected override string? DashboardsDirectory => _folder.Value;
}

public sealed class BrokenDashboardTests(BrokenDashboardWebApp web) : IClassFixture<BrokenDashboardWebApp>
{
    [Fact]
    public async Task The_dashboard_list_shows_a_malformed_file_as_such_and_still_lists_the_others()
    {
        var response = await web.Client.GetAsync("/dashboards");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("hong.json").And.Contain("Tệp định nghĩa bị lỗi").And.Contain("invalid JSON");
        html.Should().Contain("action=\"/dashboards/awards\"", "the readable dashboards stay listed");
    }

    [Fact]
    public async Task The_campaign_list_links_only_readable_dashboards_by_their_titles_and_the_campaign_page_falls_back()
    {
        var home = await web.Client.GetStringAsync("/");
        var campaign = await web.Client.GetAsync("/campaigns/BK2022");

        home.Should().NotContain("/dashboards/hong").And.NotContain("/dashboards/leadership");
        campaign.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
