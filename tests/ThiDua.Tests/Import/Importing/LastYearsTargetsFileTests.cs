using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Periods.Locks;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// December: last year's targets.csv given next year's levels. With the campaign code left as it was, it rewrote the
/// closed campaign's targets — its reviewed results and ranking — without a word: now a warning naming the change and
/// the way out. With the new code, last year's task deadlines are refused saying how to mend them.
/// </summary>
public sealed class LastYearsTargetsFileTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Fact]
    public async Task A_closed_campaigns_target_changed_is_refused_for_a_warning_and_the_same_file_again_passes()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        (await new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock).CloseAsync(Campaign, new YearMonth(2025, 12), "admin", "Tổng kết"))
            .Accepted.Should().BeTrue();
        var events = await db.ScalarAsync("select count(*) from es_events");

        var changed = await ProductDatabase.ImportAsync(runtime, ImportKind.Targets, TargetsHeader + "CD2025;AL;D01;120;;;\nCD2025;AM;D01;5;;;\n");

        changed.Accepted.Should().BeFalse();
        var warning = changed.Warnings.Should().ContainSingle("the unchanged line is no change").Subject;
        (warning.Line, warning.Column, warning.Value, warning.Rule).Should().Be((2, "campaign", "CD2025", "closed_campaign"));
        warning.MessageVi.Should().Be("Phong trào 'CD2025' đã chốt số liệu đến tháng cuối (12/2025): sửa chỉ tiêu giao D01/AL (100 → 120) làm thay đổi kết quả, "
            + "xếp hạng đã tổng kết. Nếu đây là chỉ tiêu của phong trào năm mới, ghi mã phong trào mới ở cột Phong trào; nếu đúng là sửa chỉ tiêu của phong trào "
            + "đã tổng kết, nhập lại với --accept-warnings.");
        warning.MessageEn.Should().Contain("closed through its last month (2025-12)").And.Contain("write the new campaign's code");
        (await db.ScalarAsync("select count(*) from es_events")).Should().Be(events);

        var same = await ProductDatabase.ImportAsync(runtime, ImportKind.Targets, ImportWorld.Targets(bulk: false));
        same.Accepted.Should().BeTrue(string.Join("; ", same.Errors));
        same.Warnings.Should().BeEmpty();
    }

    [Fact]
    public async Task Last_years_deadline_in_next_years_campaign_is_refused_saying_how_to_mend_it()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        (await ProductDatabase.ImportAsync(runtime, ImportKind.Campaigns, CampaignsHeader + "CD2026;Phong trào thi đua thử 2026;annual;2026-01-01;2026-12-31;;;2026-12;;\n"))
            .Accepted.Should().BeTrue();
        (await ProductDatabase.ImportAsync(runtime, ImportKind.Indicators, IndicatorsHeader + "CD2026;TK;Đề án chuyển đổi số;nhiệm vụ;task;latest;1\n"))
            .Accepted.Should().BeTrue();

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Targets, TargetsHeader + "CD2026;TK;D01;1;;;2025-06\n", dryRun: true);

        var error = outcome.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column).Should().Be((2, "deadline"));
        error.MessageVi.Should().Be("Hạn tháng 06/2025 nằm ngoài thời gian phong trào CD2026 (từ tháng 01/2026 đến tháng 12/2026): "
            + "ghi một tháng trong thời gian đó (thời hạn chép từ tệp năm trước thì đổi năm), hoặc để trống ô thời hạn.");
        error.MessageEn.Should().EndWith("or leave the deadline empty.");
    }
}
