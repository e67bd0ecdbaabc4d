using ThiDua.Cli.Analytics;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary>
/// <c>thidua awards</c> of a campaign without award forms says why its table is empty (stderr, Vietnamese then English);
/// it printed a bare header, which read as "nobody qualifies". Stdout and the exit code are unchanged.
/// </summary>
public sealed class CliAwardsWithoutFormsTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_campaign_without_award_forms_is_told_to_import_them()
    {
        await using (var runtime = await db.OpenRuntimeAsync())
        {
            (await ProductDatabase.ImportAsync(runtime, ImportKind.Campaigns, "code,name,kind,start,end\nKHONG-KT,Phong trào thử,annual,2026-01-01,2026-12-31\n"))
                .Accepted.Should().BeTrue();
        }

        var table = await ThiDuaProcess.RunAsync("awards", "--campaign", "KHONG-KT", "--database", db.ConnectionString);
        var csv = await ThiDuaProcess.RunAsync("awards", "--campaign", "KHONG-KT", "--format", "csv", "--database", db.ConnectionString);

        table.ExitCode.Should().Be(0, table.ToString());
        table.Stderr.Should().Contain(NoAwardForms.Note("KHONG-KT"));
        csv.ExitCode.Should().Be(0, csv.ToString());
        csv.StdoutLines.Should().Equal("form,recipient_kind,unit,status,score,reasons,cluster,decision,reference");
        csv.Stderr.Should().Contain("has no award forms, so there are no candidates");
        NoAwardForms.Note("X").Should().Contain("chưa có hình thức khen thưởng nào").And.Contain("import award_forms.csv");
    }

    [Fact]
    public async Task A_campaign_with_award_forms_gets_no_such_note()
    {
        await using (var runtime = await db.OpenRuntimeAsync())
        {
            (await ProductDatabase.ImportAsync(runtime, ImportKind.Campaigns, "code,name,kind,start,end\nCO-KT,Phong trào có khen thưởng,annual,2026-01-01,2026-12-31\n"))
                .Accepted.Should().BeTrue();
            (await ProductDatabase.ImportAsync(runtime, ImportKind.AwardForms, "campaign,code,name,level,recipient,quota\nCO-KT,GK,Giấy khen,,any,1\n"))
                .Accepted.Should().BeTrue();
        }

        var result = await ThiDuaProcess.RunAsync("awards", "--campaign", "CO-KT", "--database", db.ConnectionString);

        result.ExitCode.Should().Be(0, result.ToString());
        result.Stderr.Should().NotContain("award forms");
    }
}
