using ThiDua.Analytics.Output;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Periods.Locks;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Awards.Deciding;

/// <summary>
/// award_decisions.csv (SPEC §5 v2): refused until the campaign's last month is closed, then recorded; a later decision
/// replaces the earlier in the awards output (decision, reference) while both stay in the history; bad rows are named.
/// </summary>
public sealed class AwardDecisionImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private const string Header = "campaign;form;unit;decision;reference;date;note\n";

    [Fact]
    public async Task Decisions_wait_for_the_close_then_fill_the_awards_columns_and_a_later_one_replaces_the_earlier_in_the_history()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 1, 10, 2, 0, 0, TimeSpan.Zero));
        await using var runtime = await db.OpenRuntimeAsync(clock);
        await ImportWorld.ImportAsync(runtime, bulk: false);
        var before = await DatabaseFingerprint.TakeAsync(db);

        var early = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;D01;đồng ý;15/QĐ-SNV;15/01/2026;\n");

        early.Accepted.Should().BeFalse();
        early.Errors.Should().ContainSingle().Which.MessageVi.Should().Contain("Chưa chốt số liệu tháng cuối (tháng 12/2025)");
        early.Errors[0].MessageEn.Should().Contain("accepted only after the close");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);

        await new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock).CloseAsync(Campaign, new YearMonth(2025, 12), "admin", null);
        clock.Advance(TimeSpan.FromDays(5));
        var approved = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;D01;dong_y;15/QĐ-SNV;15/01/2026;Hội đồng họp ngày 14/01\n");
        approved.Accepted.Should().BeTrue(string.Join("; ", approved.Errors));
        approved.Created.Should().Be(1);
        var afterApproval = clock.GetUtcNow();

        var again = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;D01;approved;15/QĐ-SNV;2026-01-15;Hội đồng họp ngày 14/01\n");
        again.Unchanged.Should().Be(1, "the same decision again records nothing");

        clock.Advance(TimeSpan.FromDays(5));
        var replaced = await ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions, Header + "CD2025;GK;D01;hoãn;22/QĐ-SNV;20/01/2026;Chờ thanh tra\n");
        replaced.Changed.Should().Be(1);

        var now = await runtime.Analytics.AwardsAsync(Campaign, null);
        var then = await runtime.Analytics.AwardsAsync(Campaign, afterApproval);
        var csv = AnalyticsCsv.Awards(now.Rows).Split('\n');
        csv[0].Should().Be("form,recipient_kind,unit,status,score,reasons,cluster,decision,reference");
        csv.Single(l => l.StartsWith("GK,collective,D01,", StringComparison.Ordinal)).Should().EndWith(",deferred,22/QĐ-SNV");
        csv.Single(l => l.StartsWith("GK,collective,D02,", StringComparison.Ordinal)).Should().EndWith(",,", "no decision on D02: both columns empty");
        then.Rows.Single(r => r.Unit == "D01").Decision.Should().Be("approved", "as of then, the first decision stood");
        then.Rows.Single(r => r.Unit == "D01").Reference.Should().Be("15/QĐ-SNV");
        now.Snapshot.Decisions.Select(d => d.Decision.ToString()).Should().Equal("Approved", "Deferred");
        (await db.ScalarAsync("select count(*) from es_events where stream_id = 'campaign-CD2025/decisions'")).Should().Be(2);
    }
}
