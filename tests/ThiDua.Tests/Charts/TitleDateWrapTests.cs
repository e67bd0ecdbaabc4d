using ThiDua.Charts.Svg;

namespace ThiDua.Tests.Charts;

/// <summary>A title broken over lines keeps "tháng", "năm", "quý" on the same line as the number that follows them.</summary>
public class TitleDateWrapTests
{
    [Theory]
    [InlineData("tháng", "05/2021")]
    [InlineData("năm", "2026")]
    [InlineData("Quý", "4/2025")]
    public void A_date_word_is_never_left_at_the_end_of_a_line_without_its_number(string word, string number)
    {
        const string head = "Tỷ lệ hoàn thành chỉ tiêu của các đơn vị";
        var title = $"{head} {word} {number} — Cụm thi đua số 1";
        // Wide enough for the head and the date word, not for the number after it.
        var width = TextMeasure.Width($"{head} {word} {number[..1]}", 16);

        var lines = TextWrap.Lines(title, width, 16, maxLines: 3);

        lines[0].Should().Be(head);
        lines[1].Should().StartWith($"{word} {number}");
        string.Join(" ", lines).Should().Be(title);
    }

    [Fact]
    public void A_word_like_thang_inside_a_name_still_breaks_as_any_word()
    {
        var lines = TextWrap.Lines("Phong trào thi đua tháng thanh niên", TextMeasure.Width("Phong trào thi đua tháng", 16), 16, maxLines: 2);

        lines.Should().Equal("Phong trào thi đua tháng", "thanh niên");
    }
}
