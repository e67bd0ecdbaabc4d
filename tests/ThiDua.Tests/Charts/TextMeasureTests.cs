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

    [Fact]
    public void Null_text_fits_as_empty() => TextMeasure.Fit(null, 10, 12).Should().BeEmpty();
}
