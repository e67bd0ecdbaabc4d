using ThiDua.Campaigns;
using ThiDua.PreviousYear;

namespace ThiDua.Tests.PreviousYear;

/// <summary>Which campaign is last year's: the named one, else the same code with the year one less when it exists and started earlier.</summary>
public sealed class PreviousCampaignsTests
{
    [Theory]
    [InlineData("BK2023", "BK2022")]
    [InlineData("TD-2024-Q", "TD-2023-Q")]
    [InlineData("LS2021-TTTT", "LS2020-TTTT")]
    [InlineData("K12-2000", "K12-1999")]
    [InlineData("NAMMOI", null)]
    [InlineData("D12345", null)] // five digits: not a year
    public void The_year_in_a_code_is_the_last_four_digit_year(string code, string? before) =>
        PreviousCampaigns.YearBefore(code).Should().Be(before);

    [Fact]
    public void A_named_campaign_wins_and_an_inferred_one_must_exist_and_start_earlier()
    {
        var all = new[] { Of("BK2022", 2022), Of("BK2023", 2023), Of("OTHER", 2021), Of("ODD2030", 2020), Of("ODD2031", 2019) }
            .ToDictionary(c => c.Code);

        PreviousCampaigns.Find(all["BK2023"], all).Should().Be((all["BK2022"], PreviousLinkKind.SameCodeYearBefore));
        PreviousCampaigns.Find(all["BK2023"] with { Previous = "OTHER" }, all).Should().Be((all["OTHER"], PreviousLinkKind.Named));
        PreviousCampaigns.Find(all["BK2022"], all).Should().BeNull(); // BK2021 was never imported
        PreviousCampaigns.Find(all["ODD2031"], all).Should().BeNull(); // ODD2030 started later
    }

    private static Campaign Of(string code, int year) =>
        new(code, code, CampaignKind.Annual, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), null, null, null, null, Campaign.DefaultScoreCap);
}
