using System.Globalization;

namespace ThiDua.Charts;

/// <summary>A ranking bar's place as the charts write it: "2=" when another bar of its group shares the rank.</summary>
internal static class RankPlaces
{
    public static bool Shared(IReadOnlyList<RankingBar> bars, RankingBar bar) => bars.Count(b => b.Group == bar.Group && b.Rank == bar.Rank) > 1;

    public static string Of(IReadOnlyList<RankingBar> bars, RankingBar bar) =>
        bar.Rank.ToString(CultureInfo.InvariantCulture) + (Shared(bars, bar) ? "=" : "");
}
