using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Formatting;

/// <summary>
/// The Vietnamese a clerk reads is written one way across the product: every source file in NFC (a decomposed "ệ"
/// looks the same but does not match in a search), and the modern tone-mark placement the codebase uses ("hòa",
/// "xóa", "khóa", "thúy"), not the old one ("hoà", "xoá", "khoá", "thuý") in a few messages.
/// </summary>
public partial class SourceWordingTests
{
    // A syllable ending in oa/oe/uy with the mark on the first vowel is the modern style; the mark on the second,
    // at the end of the word, is the old one. "quý" is the same in both ("qu" is one consonant).
    [GeneratedRegex(@"(?<!\p{L})\p{L}*?(?<![qQ])(?:[oO][àáảãạ]|[oO][èéẻẽẹ]|[uU][ỳýỷỹỵ])(?!\p{L})")]
    private static partial Regex OldToneMark();

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(SeedFiles.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));

    [Fact]
    public void Every_source_file_is_written_in_NFC() =>
        SourceFiles().Where(f => !File.ReadAllText(f).IsNormalized(NormalizationForm.FormC))
            .Should().BeEmpty("a decomposed letter looks right but a search for the word misses it");

    [Fact]
    public void Messages_put_the_tone_mark_the_modern_way_as_the_rest_of_the_product()
    {
        var old = SourceFiles()
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .SelectMany(x => OldToneMark().Matches(x.line).Select(m => $"{Path.GetFileName(x.f)}:{x.i + 1}: {m.Value}"))
            .ToList();
        old.Should().BeEmpty("the product writes hòa, xóa, khóa, mã hóa (as the campaign plans write \"khóa XV\")");
    }

    [Fact]
    public void The_shipped_dashboards_call_the_expected_level_ke_hoach_den_ky_as_the_progress_chart_does()
    {
        var said = Directory.EnumerateFiles(Path.Combine(SeedFiles.RepositoryRoot, "dashboards"), "*.json")
            .Where(f => File.ReadAllText(f).Contains("dự kiến", StringComparison.Ordinal)).Select(Path.GetFileName);
        said.Should().BeEmpty("the chart's own line and legend say \"Kế hoạch đến kỳ\"");
    }
}
