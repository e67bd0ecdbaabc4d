
namespace ThiDua.Tests.Documents;

/// <summary>
/// The clerk files the tổng kết after the council met: its section III listed the proposed alone, so the tie the council
/// approved (Nông Thị Hạnh, 112/QĐ-STTTT), the tie it put off and the candidate over the quota it approved later were
/// missing — the review counted fewer awarded than the decisions did. They are listed apart, as in the tờ trình.
/// </summary>
public sealed class DecidedTiesInSummaryReviewTests(DecidedSeedDatabase db) : IClassFixture<DecidedSeedDatabase>, IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-decided-review-").FullName;

    [Fact]
    public async Task The_summary_review_lists_the_ties_and_the_over_quota_candidates_the_council_decided_with_their_result()
    {
        var folder = await DossierCommand.RunAsync(db.ConnectionString, DecidedSeedDatabase.Campaign, dir);
        await using var runtime = await db.OpenRuntimeAsync();
        var units = (await runtime.Snapshots.LoadAsync(DecidedSeedDatabase.Campaign))!.Units;

        var review = DocxReadBack.Open(Path.Combine(folder, "tong-ket.docx"));
        var rows = review.Tables.Where(t => t[0].Take(3).SequenceEqual(["TT", "Tên tập thể, cá nhân", "Cụm, khối"]))
            .SelectMany(t => t.Skip(1)).Select(r => (Name: r[1], Result: r[^1])).ToList();

        rows.Should().Contain((DossierListNames.Of(units, "BK-VP-01"), "đồng ý — 112/QĐ-STTTT ngày 04/06/2021"), "the tie the council approved was awarded");
        rows.Should().Contain((DossierListNames.Of(units, "BK-BCVT-01"), "hoãn xét — 04/06/2021"), "the tie it put off is accounted for");
        rows.Should().Contain((DossierListNames.Of(units, db.OverQuotaApproved.Unit), $"đồng ý — {DecidedSeedDatabase.LateAct} ngày 10/06/2021"),
            "the candidate over the quota approved afterwards was awarded");
        review.Text.Should().Contain("Hội đồng quyết định:").And.NotContain("chờ Hội đồng quyết định", "every tie is decided");
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
