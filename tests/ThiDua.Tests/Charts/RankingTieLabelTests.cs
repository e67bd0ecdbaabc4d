using System.Xml.Linq;
using ThiDua.Charts;

namespace ThiDua.Tests.Charts;

/// <summary>
/// Two bars that show the same score yet rank apart say why, as the ranking decides: more decimals where the scores
/// differ beyond the second, the indicators met (the tie-breaker) where they are equal; a shared place stays "2=" and
/// every other score keeps its 2 decimals.
/// </summary>
public sealed class RankingTieLabelTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly RankingChart Chart = new("Xếp hạng", [
        new RankingBar(1, "A", "Phòng A", 87.5031m) { Met = 5, Assigned = 6 },
        new RankingBar(2, "B", "Phòng B", 87.4962m) { Met = 6, Assigned = 6 },
        new RankingBar(3, "C", "Phòng C", 80m) { Met = 5, Assigned = 6 },
        new RankingBar(4, "D", "Phòng D", 80m) { Met = 4, Assigned = 6 },
        new RankingBar(5, "E", "Phòng E", 70m) { Met = 3, Assigned = 6 },
        new RankingBar(5, "F", "Phòng F", 70m) { Met = 3, Assigned = 6 },
        new RankingBar(7, "G", "Phòng G", 61.25m) { Met = 2, Assigned = 6 },
    ]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Bars_showing_the_same_score_but_ranked_apart_say_why(bool narrow)
    {
        var renderer = narrow ? SvgChartRenderer.Narrow : new SvgChartRenderer();
        var groups = XDocument.Parse(renderer.Render(Chart)).Descendants(Svg + "g").Where(g => g.Element(Svg + "title") is not null).ToList();
        string Labels(string unit) => string.Join("|", groups.Single(g => g.Element(Svg + "title")!.Value.Contains($"({unit})"))
            .Elements(Svg + "text").Select(t => t.Value));
        string Tooltip(string unit) => groups.Single(g => g.Element(Svg + "title")!.Value.Contains($"({unit})")).Element(Svg + "title")!.Value;

        Labels("A").Should().Contain("87,503").And.NotContain("87,50|");
        Labels("B").Should().Contain("87,496");
        Labels("C").Should().Contain("80,00 (5/6)");
        Labels("D").Should().Contain("80,00 (4/6)");
        Labels("E").Should().Contain("70,00").And.NotContain("(3/6)", "a shared place needs no tie-breaker");
        Labels("G").Should().Contain("61,25");
        Tooltip("C").Should().Contain("bằng điểm, xếp theo số chỉ tiêu đạt: 5/6");
        Tooltip("A").Should().Contain("điểm chưa làm tròn 87,503");
    }
}
