namespace ThiDua.Tests.Web.Comparing;

/// <summary>
/// A national campaign of 1,101 units: the comparison's pickers are text fields sharing one list of suggestions, each
/// unit listed once — six selects would repeat every unit six times.
/// </summary>
public sealed class UnitComparisonNationalTests(NationalCampaignWebApp web) : IClassFixture<NationalCampaignWebApp>
{
    [Fact]
    public async Task The_pickers_share_one_list_of_the_campaigns_units()
    {
        var (a, b) = (NationalCampaignWebApp.Unit(3), NationalCampaignWebApp.Unit(700));

        var page = await web.Client.GetStringAsync($"/campaigns/{NationalCampaignWebApp.Campaign}/compare?units={a},{b}");

        page.Should().NotContain("<select name=\"units\"");
        System.Text.RegularExpressions.Regex.Matches(page, "<input name=\"units\" list=\"don-vi-so-sanh\"").Count.Should().Be(3);
        page.Should().Contain($"value=\"{a}\" autocomplete").And.Contain($"value=\"{b}\" autocomplete");
        System.Text.RegularExpressions.Regex.Matches(page, "<datalist id=\"don-vi-so-sanh\">").Count.Should().Be(1);
        System.Text.RegularExpressions.Regex.Matches(page, $"<option value=\"{NationalCampaignWebApp.Unit(1000)}\">").Count.Should().Be(1);
        page.Should().Contain("Đơn vị toàn quốc 3</a></th>").And.Contain("Đơn vị toàn quốc 700</a></th>");
    }
}
