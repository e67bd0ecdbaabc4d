using ThiDua.Analytics.Querying;

namespace ThiDua.Tests.Analytics;

/// <summary>The line after "campaign 'X' does not exist" on the command line: the near code, the codes there are, or what to import first.</summary>
public class KnownCampaignsTests
{
    [Fact]
    public void A_code_a_letter_away_is_named_then_every_code()
    {
        KnownCampaigns.Line("TD202", ["BK2022", "TD2026"]).Should().Be(
            "Có phải 'TD2026'? Các phong trào có: BK2022, TD2026 / Did you mean 'TD2026'? The campaigns are: BK2022, TD2026.");
    }

    [Fact]
    public void Without_a_near_code_the_codes_alone_are_listed()
    {
        KnownCampaigns.Line("XYZ", ["BK2022", "LS2021"]).Should().Be("Các phong trào có: BK2022, LS2021 / The campaigns are: BK2022, LS2021.");
    }

    [Fact]
    public void A_long_list_names_the_first_and_counts_the_rest()
    {
        var codes = Enumerable.Range(1, KnownCampaigns.Listed + 3).Select(i => $"PT{i:D3}").ToList();

        var line = KnownCampaigns.Line("XYZ", codes);

        line.Should().Contain("PT020 và 3 phong trào khác / ").And.EndWith("PT020 and 3 more.").And.NotContain("PT021");
    }

    [Fact]
    public void An_empty_database_says_to_import_campaigns_first()
    {
        var line = KnownCampaigns.Line("BK2022", []);

        line.Should().Be("Cơ sở dữ liệu này chưa có phong trào nào: nhập campaigns.csv trước (thidua import campaigns TỆP) / "
            + "this database has no campaign yet: import campaigns.csv first (thidua import campaigns FILE).");
        line.IsNormalized(System.Text.NormalizationForm.FormC).Should().BeTrue();
    }
}
