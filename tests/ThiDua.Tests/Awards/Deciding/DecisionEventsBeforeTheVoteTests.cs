using System.Text;
using System.Text.Json;
using ThiDua.Awards.Deciding;
using ThiDua.Awards.Defining;
using ThiDua.Hosting;

namespace ThiDua.Tests.Awards.Deciding;

/// <summary>
/// Decisions and forms recorded before the council's vote was kept: the stored JSON has no <c>votesFor</c>,
/// <c>councilMembers</c> or <c>requiredShare</c>, and still reads (no vote, no share); one recorded now without a vote is
/// written exactly as before, so nothing in the log changes shape for the office that records none.
/// </summary>
public sealed class DecisionEventsBeforeTheVoteTests
{
    private static readonly ThiDua.EventStore.EventTypes Types = ThiDuaModule.EventTypes();

    // As an AwardDecided event of the seed is stored (es_events.data), written before this change.
    private const string OldDecision = """{"campaignCode":"BK2021-BAUCU","formCode":"BK21-GK-CN","unitCode":"BK-VP-01","decision":"approved","reference":"112/QĐ-STTTT","decisionDate":"2021-06-04","note":null,"decidedBy":"demo","decidedAt":"2026-12-01T08:00:00+00:00"}""";
    private const string OldForm = """{"campaignCode":"C","formCode":"GK","name":"Giấy khen","level":null,"recipient":"any","quota":2,"minRating":"excellent","requireInitiative":false,"requireAllTargets":false,"quotaScope":"campaign","definedAt":"2026-01-01T00:00:00+00:00","requireRegistration":false}""";

    [Fact]
    public void A_decision_and_a_form_stored_before_read_with_no_vote_and_no_share()
    {
        var decided = (AwardDecided)Types.Deserialize(Types.NameOf(typeof(AwardDecided)), Encoding.UTF8.GetBytes(OldDecision));
        var form = (AwardFormDefined)Types.Deserialize(Types.NameOf(typeof(AwardFormDefined)), Encoding.UTF8.GetBytes(OldForm));

        decided.Reference.Should().Be("112/QĐ-STTTT");
        decided.VotesFor.Should().BeNull();
        decided.CouncilMembers.Should().BeNull();
        decided.ToRecord().Vote.Should().BeNull();
        form.ToForm().RequiredShare.Should().BeNull();
    }

    [Fact]
    public void A_decision_without_a_vote_is_written_as_before_and_one_with_a_vote_keeps_it()
    {
        var old = (AwardDecided)Types.Deserialize(Types.NameOf(typeof(AwardDecided)), Encoding.UTF8.GetBytes(OldDecision));

        Names(Types.Serialize(old)).Should().Equal(Names(Encoding.UTF8.GetBytes(OldDecision)));
        var voted = old with { VotesFor = 9, CouncilMembers = 11 };
        var json = Types.Serialize(voted);
        Names(json).Should().Equal(Names(Encoding.UTF8.GetBytes(OldDecision)).Concat(["votesFor", "councilMembers"]));
        ((AwardDecided)Types.Deserialize(Types.NameOf(typeof(AwardDecided)), json)).Should().Be(voted);
    }

    private static List<string> Names(byte[] json) => JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name).ToList();
}
