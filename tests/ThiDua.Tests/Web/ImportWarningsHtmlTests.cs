using ThiDua.Import.Importing;
using ThiDua.Import.Plausibility;
using ThiDua.Web.Imports;

namespace ThiDua.Tests.Web;

/// <summary>The warnings' table on /imports, as the clerk reads it before and after importing over them.</summary>
public sealed class ImportWarningsHtmlTests
{
    private static readonly ImportWarning HundredFold = new(7, "value", "9750", "outlier_high", 94.2m,
        "BK-TTBCXB/BK22-02/2022-12: Giá trị 9.750 gấp 104 lần trung vị của 11 tháng khác: 94,2.",
        "BK-TTBCXB/BK22-02/2022-12: 9750 is 104 times the median of 11 other months: 94.2.");

    private static ImportOutcome Outcome(bool dryRun, params ImportWarning[] warnings) =>
        new("thang-12.csv", "measurements", true, dryRun, 7, 0, 1, 6, dryRun ? 0 : 1, []) { Warnings = warnings, WarningCount = warnings.Length };

    [Fact]
    public void A_warned_hundredfold_typo_shows_its_value_as_the_file_and_the_message_write_it()
    {
        var html = ImportWarningsHtml.Render(Outcome(dryRun: true, HundredFold), null);

        html.Should().Contain("<td><code>9.750</code></td>").And.NotContain("<code>9750</code>");
    }

    [Fact]
    public void A_warning_s_column_is_headed_as_the_column_guide_heads_it_not_by_its_english_name()
    {
        var html = ImportWarningsHtml.Render(Outcome(dryRun: true, HundredFold), null);

        html.Should().Contain("<td class=\"num\">7</td><td>Giá trị</td>").And.NotContain("<td>value</td>");
    }

    [Fact]
    public void A_warned_decimal_value_is_written_with_a_decimal_comma()
    {
        var html = ImportWarningsHtml.Render(Outcome(dryRun: true, HundredFold with { Value = "-1234.5" }), null);

        html.Should().Contain("<code>-1.234,5</code>");
    }

    [Fact]
    public void Before_the_import_the_clerk_is_told_to_tick_the_box_or_fix_the_file()
    {
        var html = ImportWarningsHtml.Render(Outcome(dryRun: true, HundredFold), null);

        html.Should().Contain("tích ô xác nhận rồi nhập");
    }

    [Fact]
    public void After_importing_over_the_warnings_the_page_does_not_ask_to_tick_the_box_and_import_again()
    {
        var html = ImportWarningsHtml.Render(Outcome(dryRun: false, HundredFold), null);

        html.Should().NotContain("tích ô xác nhận rồi nhập").And.Contain("đã được xác nhận và ghi").And.Contain("href=\"/audit\"");
    }
}
