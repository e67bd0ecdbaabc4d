using ThiDua.Awards.Deciding;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Awards.Deciding;

/// <summary>
/// The council's ballot once recorded stays through a file without award_decisions' <c>votes_for</c> and
/// <c>council_members</c> (an older file, the campaign page's one-decision form): as a units file without <c>cluster</c>
/// keeps the clusters. Its own database: the other ballot tests' decisions would be in the list.
/// </summary>
public sealed class CouncilVoteKeptTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private const string Header = "campaign;form;unit;decision;reference;date;note;votes_for;council_members\n";

    [Fact]
    public async Task A_file_without_the_ballots_columns_keeps_the_ballot_of_the_same_decision()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await ImportWorld.ClosedYearAsync(runtime);
        var before = (await runtime.Analytics.AwardsAsync(Campaign, null)).Snapshot.Decisions.Count; // the other test's, in either order
        (await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;D01;approved;;;;11;11\nCD2025;GK;D02;deferred;;;;8;11\n"))
            .Accepted.Should().BeTrue();

        // The act's number arrives later, in the office's older seven-column file (or the campaign page's form): the
        // council's ballot stays; a decision changed without the columns was not what that ballot voted on.
        var later = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions,
            "campaign;form;unit;decision;reference;date;note\nCD2025;GK;D01;approved;15/QĐ-SNV;15/01/2026;\nCD2025;GK;D02;approved;;;\n");
        later.Accepted.Should().BeTrue(string.Join("; ", later.Errors));
        var emptied = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;D01;approved;15/QĐ-SNV;15/01/2026;;;\n");
        emptied.Accepted.Should().BeTrue(string.Join("; ", emptied.Errors));

        var decisions = (await runtime.Analytics.AwardsAsync(Campaign, null)).Snapshot.Decisions.Skip(before);
        decisions.Select(d => (d.Unit, d.Decision, d.Reference, d.Vote)).Should().Equal(
            ("D01", AwardDecision.Approved, (string?)null, new CouncilVote(11, 11)), ("D02", AwardDecision.Deferred, null, new CouncilVote(8, 11)),
            ("D01", AwardDecision.Approved, "15/QĐ-SNV", new CouncilVote(11, 11)), ("D02", AwardDecision.Approved, null, (CouncilVote?)null),
            ("D01", AwardDecision.Approved, "15/QĐ-SNV", (CouncilVote?)null));
    }
}
