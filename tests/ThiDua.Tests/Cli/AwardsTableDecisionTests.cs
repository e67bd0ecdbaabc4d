using ThiDua.Tests.Documents;

namespace ThiDua.Tests.Cli;

/// <summary>
/// The clerk imports the council's decisions and reads <c>thidua awards</c> to check them: the table showed the
/// proposals only, so a deferred tie and an approved one looked the same. It has a column "Quyết định" (the CSV's
/// decision and reference), empty while a candidate is undecided.
/// </summary>
public sealed class AwardsTableDecisionTests(DecidedSeedDatabase db) : IClassFixture<DecidedSeedDatabase>
{
    [Fact]
    public async Task The_awards_table_shows_each_candidates_decision_and_act_as_the_csv_has_them()
    {
        var table = await ThiDuaProcess.RunAsync("awards", "--campaign", DecidedSeedDatabase.Campaign, "--database", db.ConnectionString);
        var csv = await ThiDuaProcess.RunAsync("awards", "--campaign", DecidedSeedDatabase.Campaign, "--format", "csv", "--database", db.ConnectionString);
        table.ExitCode.Should().Be(0, table.ToString());

        table.StdoutLines[0].Should().MatchRegex(@"^Hình thức\s+Loại\s+Đơn vị\s+Kết quả\s+Điểm\s+Quyết định\s+Lý do\s*$");
        string Line(string form, string unit) => table.StdoutLines.Single(l => l.StartsWith(form + " ", StringComparison.Ordinal)
            && l.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Contains(unit));
        Line("BK21-GK-CN", "BK-VP-01").Should().Contain("đồng ý — 112/QĐ-STTTT");
        Line("BK21-GK-CN", "BK-BCVT-01").Should().Contain("hoãn xét").And.NotContain("đồng ý");
        Line("BK21-GK-TT", DecidedSeedDatabase.Rejected).Should().Contain("không đồng ý");
        Line(db.OverQuotaApproved.Form, db.OverQuotaApproved.Unit).Should().Contain($"đồng ý — {DecidedSeedDatabase.LateAct}");
        var undecided = csv.StdoutLines.Skip(1).Count(l => l.EndsWith(",,", StringComparison.Ordinal));
        table.StdoutLines.Skip(2).Count(l => !l.Contains("đồng ý", StringComparison.Ordinal) && !l.Contains("hoãn xét", StringComparison.Ordinal))
            .Should().Be(undecided, "a candidate without a decision has an empty cell, as its CSV row");
    }
}
