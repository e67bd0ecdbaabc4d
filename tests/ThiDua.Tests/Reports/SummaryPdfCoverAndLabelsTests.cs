using System.Text.RegularExpressions;
using ThiDua.Formatting;
using ThiDua.Reports;

namespace ThiDua.Tests.Reports;

/// <summary>
/// The summary PDF read back as printed: its cover names the council as the settings and the dossier write it (a
/// hyphen between the words of a name, an en dash only between the ends of a range), and a chart's unit name too long
/// for its column ends with a visible "…" after a whole word, never inside one ("Báo chí - X…", "thông ti…").
/// </summary>
public sealed partial class SummaryPdfCoverAndLabelsTests(SeededReportDatabase db) : IClassFixture<SeededReportDatabase>
{
    private const string Campaign = "BK2021-BAUCU";

    private async Task<string> SummaryPdfAsync(string? settingsJson)
    {
        var documents = ReportTools.TempDir(); // empty: no settings
        if (settingsJson is not null) File.WriteAllText(Path.Combine(documents, Campaign + ".json"), settingsJson);
        var service = new ReportService(db.Runtime, ReportTools.Chromium(), new ThiDua.Dashboards.DashboardCatalog(Path.Combine(Infrastructure.SeedFiles.RepositoryRoot, "dashboards")), documents);
        var campaign = (await db.Runtime.Snapshots.LoadAsync(Campaign))!.Campaign;
        var report = await service.GenerateSummaryAsync(Campaign, ReportCutOff.Summary(campaign), ReportTools.TempDir());
        report.Manifest.PdfProblem.Should().BeNull();
        return ReportTools.PdfText(report.PdfPath!);
    }

    [Fact]
    public async Task The_cover_names_the_council_with_a_hyphen_as_the_settings_do_and_the_campaigns_dates_with_an_en_dash()
    {
        var withSettings = Cover(await SummaryPdfAsync("""{ "council": "Hội đồng Thi đua - Khen thưởng Sở" }"""));
        var without = Cover(await SummaryPdfAsync(null));

        withSettings.Should().Contain("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG SỞ", "the council the settings name, written as they write it");
        without.Should().Contain("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG").And.NotContain("THI ĐUA – KHEN", "the dossier's default, not another dash");
        foreach (var cover in new[] { withSettings, without })
        {
            cover.Should().Contain("Thời gian phong trào 04/02/2021 – 23/05/2021", "a range takes the en dash");
            cover.Count(c => c == '–').Should().Be(1, "the en dash joins only the range's ends");
        }
    }

    [Fact]
    public async Task A_unit_name_too_long_for_its_chart_column_is_cut_after_a_whole_word_with_a_visible_ellipsis()
    {
        var text = await SummaryPdfAsync(null);
        var units = (await db.Runtime.Snapshots.LoadAsync(Campaign))!.Units.Values;

        var cuts = 0;
        foreach (var name in units.Select(u => ShortUnitName.Of(u.Name)).Distinct())
            for (var k = 1; k < name.Length; k++)
            {
                if (!text.Contains(name[..k] + "…", StringComparison.Ordinal)) continue;
                cuts++;
                (char.IsLetterOrDigit(name[k - 1]) && char.IsLetterOrDigit(name[k])).Should().BeFalse(
                    $"'{name[..k]}…' cuts '{name}' inside a word");
            }
        cuts.Should().BeGreaterThan(0, "the seed's longest names do not fit the ranking chart's name column");
        text.Should().Contain("Phòng Thông tin - Báo chí…", "the dash left before the cut goes with it").And.NotContain("Báo chí - X…");
    }

    // The first page, spaces collapsed.
    private static string Cover(string text) => Spaces().Replace(text.Split('\f')[0], " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
