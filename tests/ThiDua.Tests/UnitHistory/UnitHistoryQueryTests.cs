using ThiDua.Awards;
using ThiDua.Periods;
using ThiDua.Ratings;
using ThiDua.UnitHistory;

namespace ThiDua.Tests.UnitHistory;

/// <summary>
/// At year-end the office weighs Phòng Công nghệ thông tin for a title that asks for earlier years' results: its record
/// lists the 2023 campaign (January closed), 2022 and the 2021 election campaign, newest first, each at the month whose
/// figures count, with the council's standing decisions — and, as of before 2023 was opened, what stood then.
/// </summary>
public sealed class UnitHistoryQueryTests(UnitHistoryDatabase db) : IClassFixture<UnitHistoryDatabase>
{
    private UnitHistoryQuery Query() => new(db.Runtime.DataSource, db.Runtime.Snapshots, db.Runtime.Reader);

    [Fact]
    public async Task A_unit_in_three_campaigns_reads_newest_first_each_at_its_final_or_latest_closed_month()
    {
        var record = await Query().LoadAsync(UnitHistoryDatabase.Unit, null);

        record.Should().NotBeNull();
        record!.Rows.Select(r => (r.Campaign, r.Period, r.PeriodBasis)).Should().Equal(
            (UnitHistoryDatabase.LaterCampaign, new YearMonth(2023, 1), UnitHistoryBasis.Closed),
            ("BK2022", new YearMonth(2022, 12), UnitHistoryBasis.Final),
            ("BK2021-BAUCU", new YearMonth(2021, 5), UnitHistoryBasis.Final));
        var latest = record.Rows[0];
        (latest.Score, latest.Rank, latest.GroupSize, latest.Cluster).Should().Be((90.00m, 2, 2, "BK-KHOI1"),
            "January's 72 of 80 counts, not February's 92: January is the month closed");
        var decided = record.Rows[1].Awards.Single(a => a.Form == "BK22-GK-TT");
        (decided.Decision, decided.Reference, decided.DecisionDate).Should().Be(("rejected", "31/QĐ-STTTT", new DateOnly(2023, 3, 2)));
        record.Rows[1].Awards.Should().Contain(a => a.Form == "BK22-CO" && a.Decision == "approved" && a.Reference == "286/QĐ-UBND");
    }

    [Fact]
    public async Task An_individual_rated_without_targets_takes_part_with_its_rating_and_no_place()
    {
        var record = await Query().LoadAsync("BK-TTTT-01", null);

        record!.Rows.Select(r => r.Campaign).Should().Equal("BK2022", "BK2021-BAUCU");
        var rated = record.Rows[0];
        (rated.Rank, rated.Score, rated.Rating).Should().Be(((int?)null, (decimal?)null, Rating.Excellent));
        record.Rows[1].Awards.Where(a => a.Decision == "approved").Select(a => a.Reference).Should().BeEquivalentTo("1050/QĐ-UBND", "112/QĐ-STTTT");
    }

    [Fact]
    public async Task As_of_before_the_2023_campaign_the_record_is_what_stood_then()
    {
        var record = await Query().LoadAsync(UnitHistoryDatabase.Unit, db.SeededAt);

        record!.Rows.Select(r => r.Campaign).Should().Equal("BK2022", "BK2021-BAUCU");
        var before = record.Rows[0].Awards.Single(a => a.Form == "BK22-GK-TT");
        (before.Status, before.Decision, before.Reference).Should().Be((AwardStatus.Proposed, "approved", "25/QĐ-STTTT"));
    }

    [Fact]
    public async Task An_unknown_unit_or_one_not_yet_imported_has_no_record()
    {
        (await Query().LoadAsync("BK-KHONGCO", null)).Should().BeNull();
        (await Query().LoadAsync(UnitHistoryDatabase.Unit, db.SeededAt.AddYears(-5))).Should().BeNull();
    }
}
