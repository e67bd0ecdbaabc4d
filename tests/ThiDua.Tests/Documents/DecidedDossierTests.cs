using ThiDua.Awards;
using ThiDua.Awards.Deciding;
using ThiDua.Reports.Html;

namespace ThiDua.Tests.Documents;

/// <summary>
/// <c>thidua report dossier</c> once the council's decisions are recorded (after the close): a báo cáo thành tích per
/// approved candidate (a tie or one over the quota decided in favour joins, a deferred or rejected one leaves), the
/// tờ trình still a proposal with each row's decision and act, the biên bản with the meeting's result.
/// </summary>
public sealed class DecidedDossierTests(DecidedSeedDatabase db) : IClassFixture<DecidedSeedDatabase>, IDisposable
{
    private const string Campaign = DecidedSeedDatabase.Campaign;
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-decided-dossier-").FullName;

    private Task<string> RunAsync() => DossierCommand.RunAsync(db.ConnectionString, Campaign, dir);

    [Fact]
    public async Task Once_decided_only_approved_and_undecided_candidates_have_a_report_of_achievements()
    {
        var folder = await RunAsync();

        await using var runtime = await db.OpenRuntimeAsync();
        var rows = (await runtime.Analytics.AwardsAsync(Campaign, null)).Rows;
        var expected = rows.Where(r => r.Decision == "approved" || (r.Decision is null && r.Status is AwardStatus.Proposed or AwardStatus.TieAtQuota))
            .Select(r => r.Unit).Distinct().Order(StringComparer.Ordinal).ToList();
        var written = Directory.GetFiles(folder, "bao-cao-thanh-tich-*.docx").Select(f => Path.GetFileNameWithoutExtension(f)["bao-cao-thanh-tich-000-".Length..])
            .Order(StringComparer.Ordinal).ToList();
        rows.Where(r => r.Unit == db.OverQuotaApproved.Unit && r.Status is AwardStatus.Proposed or AwardStatus.TieAtQuota)
            .Should().BeEmpty("only its approval over the quota can give it a report");
        written.Should().Equal(expected);
        written.Should().Contain(["BK-VP-01", db.OverQuotaApproved.Unit], "a tie and a candidate over the quota decided in favour each get one")
            .And.NotContain(["BK-BCVT-01", DecidedSeedDatabase.Rejected], "a deferred tie and a rejected proposal are dropped");
        var over = DocxReadBack.Open(Directory.GetFiles(folder, $"bao-cao-thanh-tich-*-{db.OverQuotaApproved.Unit}.docx").Single());
        var formName = (await runtime.Snapshots.LoadAsync(Campaign))!.AwardForms.Single(f => f.Code == db.OverQuotaApproved.Form).Name;
        over.Text.Should().Contain("BÁO CÁO THÀNH TÍCH").And.Contain($"Đề nghị tặng {formName}").And.Contain("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG");
    }

    [Fact]
    public async Task Once_decided_the_proposal_stays_a_proposal_and_each_row_shows_its_decision_and_act()
    {
        var folder = await RunAsync();

        var proposal = DocxReadBack.Open(Path.Combine(folder, "to-trinh.docx"));
        proposal.Text.Should().Contain("TỜ TRÌNH").And.Contain("Về việc đề nghị khen thưởng")
            .And.Contain("Kết quả xét khen thưởng đã có").And.Contain("Quyết định số 112/QĐ-STTTT ngày 04/06/2021")
            .And.Contain("không đồng ý: 1 trường hợp; hoãn xét: 1 trường hợp");
        await using var runtime = await db.OpenRuntimeAsync();
        var awards = await runtime.Analytics.AwardsAsync(Campaign, null);
        var decisions = AwardDecisions.Current(awards.Snapshot.Decisions);
        var listed = proposal.Tables.Where(t => t[0][0] == "TT").SelectMany(t => t.Skip(1))
            .Select(r => (Name: r[1], Score: r[3], Result: r[5])).ToList();
        listed.Should().OnlyHaveUniqueItems();
        foreach (var (key, d) in decisions)
        {
            var row = awards.Rows.Single(r => r.Form == key.Form && r.Unit == key.Unit);
            var act = string.Join(" ngày ", new[] { d.Reference, d.Date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) }.Where(x => !string.IsNullOrEmpty(x)));
            listed.Should().Contain((DossierListNames.Of(awards.Snapshot.Units, key.Unit), ReportText.Score(row.Score), AwardDecisions.Vietnamese(d.Decision) + (act.Length > 0 ? " — " + act : "")),
                $"{key.Form} {key.Unit} is listed with its decision");
        }
        listed.Should().Contain(r => r.Result == "hoãn xét — 04/06/2021", "the deferred tie is listed with its decision");
        listed.Should().Contain(r => r.Result == $"đồng ý — {DecidedSeedDatabase.LateAct} ngày 10/06/2021", "the candidate over the quota approved afterwards is listed");
    }

    [Fact]
    public async Task Once_decided_the_minutes_list_the_decisions_with_their_act()
    {
        var folder = await RunAsync();

        var minutes = DocxReadBack.Open(Path.Combine(folder, "bien-ban.docx"));
        var ties = minutes.TableHeaded("TT", "Hình thức", "Tên tập thể, cá nhân", "Điểm", "Quyết định của Hội đồng");
        ties.Skip(1).Select(r => r[4]).Should().BeEquivalentTo(["đồng ý — 112/QĐ-STTTT ngày 04/06/2021", "hoãn xét — 04/06/2021"]);
        var result = minutes.TableHeaded("TT", "Hình thức", "Tên tập thể, cá nhân", "Quyết định", "Số, ngày quyết định");
        result.Skip(1).Select(r => r[4]).Should().Contain(["1050/QĐ-UBND ngày 18/06/2021", "112/QĐ-STTTT ngày 04/06/2021", $"{DecidedSeedDatabase.LateAct} ngày 10/06/2021"]);
        result.Skip(1).Select(r => r[3]).Should().Contain("không đồng ý");
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
