using ThiDua.Charts.Svg;

namespace ThiDua.Tests.Charts;

public class TextMeasureTests
{
    [Fact]
    public void Short_text_is_left_alone() => TextMeasure.Fit("Văn phòng Sở", 200, 12).Should().Be("Văn phòng Sở");

    [Fact]
    public void Long_text_is_cut_at_the_width_with_an_ellipsis()
    {
        var fitted = TextMeasure.Fit(ChartSamples.LongName, 150, 12);

        fitted.Should().EndWith("…");
        TextMeasure.Width(fitted, 12).Should().BeLessThanOrEqualTo(150);
        ChartSamples.LongName.Should().StartWith(fitted.TrimEnd('…'));
    }

    [Fact]
    public void A_cut_never_separates_a_letter_from_its_combining_mark()
    {
        // "ệ" as e + U+0323 + U+0302 has no single precomposed form with the extra mark below; build text that stays decomposed.
        var text = string.Concat(Enumerable.Repeat("a\u0323\u0306\u0301", 40));

        var fitted = TextMeasure.Fit(text, 60, 12);

        fitted.Should().EndWith("…");
        char.IsLetter(fitted[^2]).Should().BeFalse("the last kept grapheme ends with its mark");
        fitted[..^1].Normalize().Length.Should().Be(fitted[..^1].Length);
    }

    [Theory]
    [InlineData("Đợt thi đua thực hiện tốt cuộc bầu cử đại biểu Quốc hội khóa XV", "Đợt thi đua thực hiện tốt cuộc bầu cử đại biểu…")]
    [InlineData("Phòng Công nghệ thông tin — Trung tâm", "Phòng Công nghệ thông tin…")]
    public void A_cut_between_words_keeps_whole_words_and_drops_a_dangling_dash(string text, string expected) =>
        TextMeasure.FitWords(text, TextMeasure.Width(expected, 12) + 30, 12).Should().Be(expected);

    [Fact]
    public void A_single_word_wider_than_the_width_is_still_cut_inside() =>
        TextMeasure.FitWords("Chuyểnđổisốtoàndiện", 60, 12).Should().Be(TextMeasure.Fit("Chuyểnđổisốtoàndiện", 60, 12));

    [Fact]
    public void Null_text_fits_as_empty() => TextMeasure.Fit(null, 10, 12).Should().BeEmpty();
}
