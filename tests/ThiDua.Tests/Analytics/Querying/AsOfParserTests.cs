using ThiDua.Analytics.Querying;

namespace ThiDua.Tests.Analytics.Querying;

public sealed class AsOfParserTests
{
    [Theory]
    [InlineData("2024-07-05T08:00:00+07:00", "2024-07-05T01:00:00Z")]
    [InlineData("2024-07-05T01:00:00Z", "2024-07-05T01:00:00Z")]
    [InlineData("2024-07-05T08:00:00.5-01:00", "2024-07-05T09:00:00.5Z")]
    [InlineData("2024-07-05T08:00", "2024-07-05T01:00:00Z")]
    [InlineData("2024-07-05 08:00:00", "2024-07-05T01:00:00Z")]
    [InlineData("2024-07-05", "2024-07-04T17:00:00Z")]
    public void ISO_8601_is_read_and_a_time_without_offset_is_Vietnam_time(string text, string utc)
    {
        AsOfParser.TryParse(text, out var at).Should().BeTrue();

        at.UtcDateTime.Should().Be(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
    }

    [Theory]
    [InlineData("05/07/2024")] // 5 July to a Vietnamese reader, 7 May to a US parser: refused, not guessed
    [InlineData("July 5, 2024")]
    [InlineData("2024-7-5")]
    [InlineData("2024-07-05T25:00")]
    [InlineData("0001-01-01")] // before year 1 in UTC: refused, not an overflow
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("hôm qua")]
    [InlineData("")]
    public void Anything_else_is_refused(string text) => AsOfParser.TryParse(text, out _).Should().BeFalse();
}
