using ThiDua.Web.Html;

namespace ThiDua.Tests.Web;

/// <summary>A page's date field reads dd/mm/yyyy (hh:mm) as a Vietnamese reader writes it, and the ISO form its links carry.</summary>
public class DateFieldTests
{
    [Theory]
    [InlineData("30/06/2022", 2022, 6, 30)]
    [InlineData("1/6/2022", 2022, 6, 1)]
    [InlineData(" 2022-06-30 ", 2022, 6, 30)]
    public void A_day_is_read_day_first_or_iso(string text, int year, int month, int day)
    {
        DateField.TryParseDay(text, out var read).Should().BeTrue();
        read.Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("06/30/2022")]
    [InlineData("31/02/2022")]
    [InlineData("30-06-2022")]
    [InlineData("")]
    public void A_day_that_is_not_one_is_refused(string text) => DateField.TryParseDay(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("05/07/2024 08:30", "2024-07-05T08:30:00+07:00")]
    [InlineData("05/07/2024 08:30:15", "2024-07-05T08:30:15+07:00")]
    [InlineData("5/7/2024 8:30", "2024-07-05T08:30:00+07:00")]
    [InlineData("05/07/2024", "2024-07-05T00:00:00+07:00")]
    [InlineData("05/07/2024 08:30:15.25", "2024-07-05T08:30:15.25+07:00")]
    [InlineData("5/7/2024 8:30:15.3510125", "2024-07-05T08:30:15.3510125+07:00")]
    [InlineData("2024-07-05T01:30:00Z", "2024-07-05T01:30:00+00:00")]
    public void An_instant_is_read_day_first_in_vietnam_time_or_iso(string text, string expected)
    {
        DateField.TryParseInstant(text, out var at).Should().BeTrue();
        at.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        at.Offset.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [Theory]
    [InlineData("07/35/2024")]
    [InlineData("05/07/2024 25:00")]
    [InlineData("05/07/0024")]
    public void An_instant_that_is_not_one_is_refused(string text) => DateField.TryParseInstant(text, out _).Should().BeFalse();

    [Fact]
    public void The_field_is_text_with_the_vietnamese_placeholder_whatever_the_browser_and_shows_iso_as_day_first()
    {
        var html = DateField.Day("from", "Từ ngày", "2022-06-01");

        html.Should().Contain("type=\"text\"").And.Contain("placeholder=\"dd/mm/yyyy\"").And.Contain("value=\"01/06/2022\"").And.Contain("pattern=");
        DateField.Instant("asOf", "Số liệu tính đến", new DateTimeOffset(2024, 7, 5, 1, 30, 7, TimeSpan.Zero))
            .Should().Contain("value=\"05/07/2024 08:30:07\"", "Vietnam time, seconds kept").And.Contain("placeholder=\"dd/mm/yyyy hh:mm\"");
    }

    [Fact]
    public void An_instant_with_a_fraction_of_a_second_comes_back_from_the_field_as_the_same_instant()
    {
        // A decision recorded at 14:10:01.351012 UTC: a page as of that instant shows it; the filter form sends the field
        // back when another filter changes, and it must name the same instant, not 14:10:01 (before the decision).
        var at = DateTimeOffset.Parse("2026-12-06T14:10:01.351012Z", System.Globalization.CultureInfo.InvariantCulture);

        var html = DateField.Instant("asOf", "Số liệu tính đến", at);
        var value = System.Text.RegularExpressions.Regex.Match(html, "value=\"([^\"]*)\"").Groups[1].Value;

        value.Should().Be("06/12/2026 21:10:01.351012");
        DateField.TryParseInstant(value, out var back).Should().BeTrue();
        back.Should().Be(at);
        System.Text.RegularExpressions.Regex.Match(html, "pattern=\"([^\"]*)\"").Groups[1].Value
            .Should().Match(p => System.Text.RegularExpressions.Regex.IsMatch(value, "^(?:" + p + ")$"), "the browser lets the value through");
    }
}
