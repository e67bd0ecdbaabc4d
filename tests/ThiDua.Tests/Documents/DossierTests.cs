using ThiDua.Awards;
using ThiDua.Periods;
using ThiDua.Reports.Html;
using ThiDua.Tests.Charts.Png;
using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Documents;

/// <summary>
/// <c>thidua report dossier</c> on the seed: every .docx opened back — the official heading and signature from the
/// campaign's settings (blanks without), the proposals and each candidate's figures equal to the awards and attainment outputs.
/// </summary>
public sealed class DossierTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private const string Campaign = "BK2021-BAUCU";
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-dossier-").FullName;

    private async Task<(CliResult Result, string Folder)> RunAsync(params string[] extra)
    {
        var outDir = Path.Combine(dir, Guid.NewGuid().ToString("N"));
        var result = await ThiDuaProcess.RunAsync(["report", "dossier", "--campaign", Campaign, "--out", outDir, .. extra, "--database", db.ConnectionString]);
        return (result, Path.Combine(outDir, Campaign + "-ho-so-khen-thuong"));
    }

    private string Settings()
    {
        var file = Path.Combine(dir, "settings.json");
        File.WriteAllText(file, """
            { "parent_body": "UBND tỉnh Bắc Kạn", "issuing_body": "Sở Thông tin và Truyền thông", "place": "Bắc Kạn", "symbol": "STTTT",
              "council": "Hội đồng Thi đua - Khen thưởng Sở", "signer_title": "Giám đốc", "signer_name": "Nguyễn Văn Thi",
              "recipients": ["Như trên;", "Lưu: VT, TĐKT."], "date": "2021-06-15" }
            """);
        return file;
    }

    [Fact]
    public async Task The_proposal_has_the_official_layout_and_lists_the_awards_outputs_proposed_candidates()
    {
        var (result, folder) = await RunAsync("--settings", Settings());

        result.ExitCode.Should().Be(0, result.ToString());
        var proposal = DocxReadBack.Open(Path.Combine(folder, "to-trinh.docx"));
        proposal.Paragraphs.Take(12).Should().Contain(["UBND TỈNH BẮC KẠN", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Số:        /TTr-STTTT",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc Kạn, ngày 15 tháng 6 năm 2021"]);
        proposal.Text.Should().Contain("TỜ TRÌNH").And.Contain("Nơi nhận:").And.Contain("- Như trên;").And.Contain("GIÁM ĐỐC").And.Contain("Nguyễn Văn Thi")
            .And.Contain("Nghị định số 98/2023/NĐ-CP");
        proposal.Fonts.Should().ContainSingle().Which.Should().Be("Times New Roman", "NĐ 30 prescribes Times New Roman; naming Liberation Serif shows a font the office's Word lacks");

        await using var runtime = await db.OpenRuntimeAsync();
        var awards = await runtime.Analytics.AwardsAsync(Campaign, null);
        var proposed = awards.Rows.Where(r => r.Status == AwardStatus.Proposed).ToList();
        proposed.Should().NotBeEmpty();
        var listed = proposal.Tables.Where(t => t[0][0] == "TT").SelectMany(t => t.Skip(1)).Select(r => (Name: r[1], Score: r[3])).ToList();
        foreach (var p in proposed)
            listed.Should().Contain((DossierListNames.Of(awards.Snapshot.Units, p.Unit), ReportText.Score(p.Score)), $"{p.Form} {p.Unit} is proposed with its score");
    }

    [Fact]
    public async Task Each_candidates_report_holds_its_attainment_and_rank_and_blanks_for_the_rest()
    {
        var (result, folder) = await RunAsync("--settings", Settings());
        result.ExitCode.Should().Be(0, result.ToString());

        await using var runtime = await db.OpenRuntimeAsync();
        var awards = await runtime.Analytics.AwardsAsync(Campaign, null);
        var candidates = awards.Rows.Where(r => r.Status is AwardStatus.Proposed or AwardStatus.TieAtQuota).Select(r => r.Unit).Distinct().ToList();
        var reports = Directory.GetFiles(folder, "bao-cao-thanh-tich-*.docx").Order().ToList();
        reports.Should().HaveCount(candidates.Count);
        var last = awards.Snapshot.Campaign.LastMonth;
        var attainment = (await runtime.Analytics.AttainmentAsync(Campaign, last, null)).Rows;
        var ranking = (await runtime.Analytics.RankingAsync(Campaign, last, null)).Rows;
        foreach (var file in reports)
        {
            var unit = candidates.Single(u => file.EndsWith("-" + u + ".docx", StringComparison.Ordinal));
            var doc = DocxReadBack.Open(file);
            doc.Text.Should().Contain("BÁO CÁO THÀNH TÍCH").And.Contain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").And.Contain("[Đơn vị tự ghi]")
                .And.Contain("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG").And.Contain(awards.Snapshot.Units[unit].Name);
            var rows = attainment.Where(a => a.Unit == unit).ToList();
            if (rows.Count == 0) continue;
            var table = doc.TableHeaded("TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao", "Thực hiện", "Tỷ lệ", "Kết quả");
            table.Skip(1).Select(r => (r[4], r[5])).Should().Equal(rows.Select(a => (ReportText.Number(a.Actual), ReportText.Percent(a.Ratio))), unit);
            var place = ranking.Single(r => r.Unit == unit);
            doc.Text.Should().Contain($"Điểm thi đua: {ReportText.Score(place.Score)} điểm; xếp thứ {place.Rank} trong");
        }
    }

    [Fact]
    public async Task The_summary_embeds_its_charts_as_png_and_without_settings_every_official_field_is_a_blank()
    {
        var (result, folder) = await RunAsync();

        result.ExitCode.Should().Be(0, result.ToString());
        result.StdoutLines.Should().HaveCount(Directory.GetFiles(folder, "*.docx").Length);
        foreach (var file in Directory.GetFiles(folder, "*.docx"))
        {
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(file, false);
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")
                .Should().BeEmpty($"{Path.GetFileName(file)} is valid Office Open XML");
            document.PackageProperties.Language.Should().Be("vi-VN", Path.GetFileName(file));
            document.PackageProperties.Subject.Should().StartWith("Đợt thi đua thực hiện tốt cuộc bầu cử").And.EndWith(" (BK2021-BAUCU)", "the campaign and its code");
        }
        Title("to-trinh.docx").Should().StartWith("Tờ trình đề nghị khen thưởng — ");
        Title("bien-ban.docx").Should().StartWith("Biên bản họp Hội đồng");
        Title("tong-ket.docx").Should().StartWith("Báo cáo tổng kết — ");
        foreach (var report in Directory.GetFiles(folder, "bao-cao-thanh-tich-*.docx"))
            Title(Path.GetFileName(report)).Should().MatchRegex("^Báo cáo thành tích — .+$", "the unit's name");
        string? Title(string name)
        {
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(Path.Combine(folder, name), false);
            return document.PackageProperties.Title;
        }
        var summary = DocxReadBack.Open(Path.Combine(folder, "tong-ket.docx"));
        summary.Text.Should().Contain("BÁO CÁO TỔNG KẾT").And.Contain("II. XẾP HẠNG THI ĐUA");
        summary.Images.Should().NotBeEmpty();
        foreach (var png in summary.Images)
        {
            using var image = new PngImage(png);
            image.Ink().Should().BeGreaterThan(0.01);
        }
        var minutes = DocxReadBack.Open(Path.Combine(folder, "bien-ban.docx"));
        minutes.Text.Should().Contain("BIÊN BẢN").And.Contain("Số phiếu đồng ý").And.Contain("CHỦ TỊCH HỘI ĐỒNG");
        minutes.Paragraphs.Take(8).Should().Contain(["……………………", "Số:        /BB-………", "…………, ngày …… tháng …… năm ……"]);
    }

    [Fact]
    public async Task A_campaign_not_ended_at_the_cut_off_is_refused_and_nothing_is_written()
    {
        await using (var runtime = await db.OpenRuntimeAsync())
            (await Infrastructure.ProductDatabase.ImportAsync(runtime, ThiDua.Import.Parsing.ImportKind.Campaigns,
                "code;name;kind;start;end\nDANG-CHAY;Phong trào đang chạy;annual;2026-01-01;2099-12-31\n")).Accepted.Should().BeTrue();
        var outDir = Path.Combine(dir, "dang-chay");

        var result = await ThiDuaProcess.RunAsync("report", "dossier", "--campaign", "DANG-CHAY", "--out", outDir, "--database", db.ConnectionString);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain("chưa kết thúc").And.Contain("has not ended");
        Directory.Exists(outDir).Should().BeFalse();
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
