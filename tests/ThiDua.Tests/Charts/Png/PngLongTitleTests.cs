using ThiDua.Charts;
using ThiDua.Charts.Png;
using ThiDua.Periods;

namespace ThiDua.Tests.Charts.Png;

/// <summary>
/// A long Vietnamese title on a PNG chart wraps between words and stays inside the image (ScottPlot draws one line
/// however long, centred over the plot, cut off at the image's edges).
/// </summary>
public sealed class PngLongTitleTests
{
    private const string LongTitle = "Đề xuất khen thưởng — Đợt thi đua thực hiện tốt cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu "
        + "Hội đồng nhân dân các cấp, nhiệm kỳ 2021 - 2026 (Sở Thông tin và Truyền thông tỉnh Bắc Kạn)";

    [Fact]
    public void The_title_is_broken_between_words_into_lines()
    {
        var lines = PngPlot.Title(LongTitle).Split('\n');

        lines.Should().HaveCountGreaterThan(1).And.HaveCountLessThanOrEqualTo(3);
        string.Join(" ", lines).Should().Be(LongTitle, "no word is split or left out");
    }

    [Fact]
    public void A_long_title_stays_inside_the_image()
    {
        var chart = new ProgressChart(LongTitle, "%", 96m, null,
            [new ProgressPoint(new YearMonth(2021, 4), 90m, 96m), new ProgressPoint(new YearMonth(2021, 5), 97m, 96m)]);

        using var image = new PngImage(new PngChartRenderer().Render(chart));

        image.Ink(0, 60).Should().BeGreaterThan(0.01, "the title is drawn");
        image.Ink(0, 60, 0, 12).Should().Be(0, "nothing of the title is cut off at the left edge");
        image.Ink(0, 60, image.Width - 12).Should().Be(0, "nothing of the title is cut off at the right edge");
    }
}
