using ThiDua.Formatting;
using ThiDua.Reports.Html;

namespace ThiDua.Tests.Formatting;

/// <summary>
/// A cut-off ("số liệu tính đến") is printed as the instant the figures are as of: a report made without --as-of at
/// 21:09:37 and one at 21:09:52 read apart, and the printed instant given back as --as-of remakes the same document.
/// </summary>
public sealed class CutOffWordingTests
{
    [Theory]
    [InlineData("2022-07-01T00:00:00Z", "01/07/2022 07:00")]
    [InlineData("2026-12-06T14:09:37Z", "06/12/2026 21:09:37")]
    [InlineData("2026-12-06T14:10:01.351012Z", "06/12/2026 21:10:01.351012")]
    [InlineData("2026-12-06T14:10:00.5Z", "06/12/2026 21:10:00.5")]
    public void A_cut_off_shows_its_seconds_and_fraction_only_when_it_has_them(string utc, string shown)
    {
        var at = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);

        VietnameseDates.CutOff(at).Should().Be(shown);
        ReportText.Instant(at).Should().Be(shown + " (giờ Việt Nam, UTC+07:00)");
    }

    [Fact]
    public void Two_cut_offs_in_one_minute_read_apart_on_a_report()
    {
        var first = DateTimeOffset.Parse("2026-12-06T21:09:37+07:00", System.Globalization.CultureInfo.InvariantCulture);

        ReportText.Instant(first).Should().NotBe(ReportText.Instant(first.AddSeconds(15)));
    }
}
