using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Ratings;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Awards;

public class IndividualCriteriaTests
{
    // Individual "P" with one met target (score 100) unless a test says otherwise.
    private static SnapshotBuilder Person() =>
        new SnapshotBuilder().Individual("P").Scored("P", 100m);

    private static AwardRow Judge(SnapshotBuilder builder) =>
        CampaignAnalytics.Awards(builder.Build()).Single(r => r.Unit == "P");

    private static IEnumerable<string> Codes(AwardRow row) => row.Reasons.Select(r => r.Code);

    [Fact]
    public void Excellent_individual_without_discipline_is_proposed()
    {
        var row = Judge(Person().Rating("P", Rating.Excellent).Form("GK", AwardRecipient.Individual, quota: 1));
        row.Status.Should().Be(AwardStatus.Proposed);
        row.Score.Should().Be(100m);
        Codes(row).Should().Equal(AwardReasons.MeetsCriteriaCode, AwardReasons.WithinQuotaCode);
    }

    [Fact]
    public void Rating_below_the_forms_minimum_is_ineligible()
    {
        var row = Judge(Person().Rating("P", Rating.Good).Form("GK", AwardRecipient.Individual));
        row.Status.Should().Be(AwardStatus.Ineligible);
        Codes(row).Should().Equal(AwardReasons.RatingBelowMinimumCode);
        row.Reasons[0].English.Should().Be("Rated good, below the required excellent");
    }

    [Fact]
    public void A_lower_minimum_admits_a_good_rating() =>
        Judge(Person().Rating("P", Rating.Good).Form("GK", AwardRecipient.Individual, minRating: Rating.Good))
            .Status.Should().Be(AwardStatus.Proposed);

    [Fact]
    public void An_individual_with_a_target_but_no_rating_is_ineligible() =>
        Codes(Judge(Person().Form("GK", AwardRecipient.Individual))).Should().Equal(AwardReasons.NoRatingCode);

    [Fact]
    public void A_reprimand_is_allowed() =>
        Judge(Person().Rating("P", Rating.Excellent, Discipline.Reprimand).Form("GK", AwardRecipient.Individual))
            .Status.Should().Be(AwardStatus.Proposed);

    [Theory]
    [InlineData(Discipline.Warning)]
    [InlineData(Discipline.Dismissal)]
    public void A_warning_or_worse_is_not_allowed(Discipline discipline) =>
        Codes(Judge(Person().Rating("P", Rating.Excellent, discipline).Form("GK", AwardRecipient.Individual)))
            .Should().Equal(AwardReasons.DisciplinedCode);

    [Fact]
    public void A_required_initiative_must_be_on_the_rating_row()
    {
        Codes(Judge(Person().Rating("P", Rating.Excellent).Form("BK", AwardRecipient.Individual, requireInitiative: true)))
            .Should().Equal(AwardReasons.NoInitiativeCode);
        Judge(Person().Rating("P", Rating.Excellent, initiative: true).Form("BK", AwardRecipient.Individual, requireInitiative: true))
            .Status.Should().Be(AwardStatus.Proposed);
    }

    [Fact]
    public void Required_all_targets_fails_on_one_unmet_indicator()
    {
        var row = Judge(Person().Scored("P", 90m, "I2").Rating("P", Rating.Excellent)
            .Form("GK", AwardRecipient.Individual, requireAllTargets: true));
        Codes(row).Should().Equal(AwardReasons.TargetsNotAllMetCode);
        row.Reasons[0].English.Should().Be("Targets not met: I2");
    }

    [Fact]
    public void Unmet_targets_do_not_matter_when_not_required() =>
        Judge(Person().Scored("P", 90m, "I2").Rating("P", Rating.Excellent).Form("GK", AwardRecipient.Individual))
            .Status.Should().Be(AwardStatus.Proposed);

    [Fact]
    public void All_targets_is_vacuously_true_without_targets_and_the_score_is_empty()
    {
        var row = Judge(new SnapshotBuilder().Individual("P").Rating("P", Rating.Excellent)
            .Form("GK", AwardRecipient.Individual, requireAllTargets: true));
        row.Status.Should().Be(AwardStatus.Proposed);
        row.Score.Should().BeNull();
    }

    [Fact]
    public void Every_failed_criterion_is_listed()
    {
        var row = Judge(Person().Scored("P", 10m, "I2").Rating("P", Rating.Completed, Discipline.Warning)
            .Form("BK", AwardRecipient.Individual, requireInitiative: true, requireAllTargets: true));
        Codes(row).Should().Equal(AwardReasons.RatingBelowMinimumCode, AwardReasons.DisciplinedCode,
            AwardReasons.NoInitiativeCode, AwardReasons.TargetsNotAllMetCode);
    }

    [Fact]
    public void Who_is_a_candidate_individual_needs_a_target_or_a_rating_and_the_right_kind()
    {
        var rows = CampaignAnalytics.Awards(new SnapshotBuilder()
            .Individual("Nobody")                                  // no target, no rating: not a candidate
            .Individual("Rated").Rating("Rated", Rating.Excellent) // rating only: a candidate
            .Individual("RowOnly").Rating("RowOnly", null)         // a row without a rating: not a candidate
            .Unit("Dept").Rating("Dept", null)                     // collective without targets: not a candidate
            .Unit("Team").Scored("Team", 100m)                     // collective, but the form is for individuals
            .Form("GK", AwardRecipient.Individual).Build());
        rows.Select(r => r.Unit).Should().Equal("Rated");
    }
}
