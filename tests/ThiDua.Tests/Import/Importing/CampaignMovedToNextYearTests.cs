using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// December: the clerk edits last year's campaigns.csv row in place for next year — CD2025 with 2026's dates. That took
/// every figure of the (closed, decided) campaign out of its months without a word; it is now a warning naming the
/// figures left out and the new code to use, refused unless accepted. A new code beside it, or longer dates, pass.
/// </summary>
public sealed class CampaignMovedToNextYearTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Theory]
    [InlineData("CD2025;Phong trào thi đua thử 2026;annual;2026-01-01;2026-12-31;;2026-06;2026-12;;1,2", "start", 3)]
    [InlineData("CD2025;Phong trào thi đua thử 2025;annual;2025-01-01;2025-02-28;;;2025-02;;1,2", "end", 1)]
    public async Task Dates_that_leave_out_months_with_figures_are_refused_for_a_warning_naming_them(string row, string column, int leftOut)
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var events = await db.ScalarAsync("select count(*) from es_events");

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Campaigns, CampaignsHeader + row + "\n");

        outcome.Accepted.Should().BeFalse();
        outcome.Errors.Should().BeEmpty();
        var warning = outcome.Warnings.Should().ContainSingle().Subject;
        (warning.Line, warning.Column, warning.Rule, warning.JudgedAgainst).Should().Be((2, column, "figures_outside", leftOut));
        warning.MessageVi.Should().Contain($"Phong trào 'CD2025' đã có {leftOut} số liệu").And.Contain("nằm ngoài thời gian mới");
        warning.MessageEn.Should().Contain($"Campaign 'CD2025' has {leftOut} figure(s)").And.Contain("--accept-warnings");
        if (column == "start") (warning.MessageVi + warning.MessageEn).Should().Contain("ví dụ CD2026").And.Contain("e.g. CD2026");
        (await db.ScalarAsync("select count(*) from es_events")).Should().Be(events);
    }

    [Theory]
    [InlineData("CD2026;Phong trào thi đua thử 2026;annual;2026-01-01;2026-12-31;;2026-06;2026-12;;1,2")]
    [InlineData("CD2025;Phong trào thi đua thử 2025;annual;2024-12-01;2026-01-31;;2025-06;2025-12;;1,2")]
    public async Task A_new_code_for_next_year_or_longer_dates_raise_no_warning(string row)
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Campaigns, CampaignsHeader + row + "\n", dryRun: true);

        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors.Select(e => e.MessageEn).Concat(outcome.Warnings.Select(w => w.MessageEn))));
        outcome.Warnings.Should().BeEmpty();
    }
}
