using ThiDua.Campaigns;
using ThiDua.Periods;
using ThiDua.PreviousYear;

namespace ThiDua.Tests.PreviousYear;

/// <summary>Last year is read at the same month of its campaign (its n-th), or at its last month when it is shorter.</summary>
public sealed class SameMonthTests
{
    private static readonly Campaign ThisYear = Of("N2023", new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31));
    private static readonly Campaign Shorter = Of("N2022", new DateOnly(2022, 3, 15), new DateOnly(2022, 10, 31)); // March to October: 8 months

    [Theory]
    [InlineData(1, 2022, 3, false)]
    [InlineData(3, 2022, 5, false)]
    [InlineData(8, 2022, 10, false)]
    [InlineData(11, 2022, 10, true)]
    public void The_nth_month_of_this_year_is_read_against_the_nth_of_last_year(int month, int year, int lastMonth, bool clamped)
    {
        var period = new YearMonth(2023, month);

        SameMonth.In(ThisYear, period, Shorter).Should().Be((new YearMonth(year, lastMonth), clamped));
        SameMonth.Position(ThisYear, period).Should().Be(month); // January is the first month of N2023
    }

    private static Campaign Of(string code, DateOnly start, DateOnly end) =>
        new(code, code, CampaignKind.Annual, start, end, null, null, null, null, Campaign.DefaultScoreCap);
}
