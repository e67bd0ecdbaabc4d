using ThiDua.Import.Importing;

namespace ThiDua.Analytics.Querying;

/// <summary>
/// The line that follows "campaign 'X' does not exist" on the command line, which has no campaign listing: the one a
/// letter away ("có phải 'TD2026'?"), and the codes there are — or, in an empty database, that campaigns.csv comes first.
/// </summary>
public static class KnownCampaigns
{
    /// <summary>At most this many codes are named; the rest are counted.</summary>
    public const int Listed = 20;

    /// <summary>"Có phải 'BK2022'? / Did you mean 'BK2022'?" for the code one letter away (or in other letter case); else null.</summary>
    public static string? Guess(string code, IReadOnlyList<string> codes) =>
        new NearCodes().For("campaign", code, codes) is { } near ? $"Có phải '{near}'? / Did you mean '{near}'?" : null;

    public static string Line(string code, IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(codes);
        if (codes.Count == 0)
            return "Cơ sở dữ liệu này chưa có phong trào nào: nhập campaigns.csv trước (thidua import campaigns TỆP) / "
                + "this database has no campaign yet: import campaigns.csv first (thidua import campaigns FILE).";
        var near = new NearCodes().For("campaign", code, codes);
        var named = string.Join(", ", codes.Take(Listed));
        var left = codes.Count - Listed;
        var (moreVi, moreEn) = left > 0 ? ($" và {left} phong trào khác", $" and {left} more") : ("", "");
        var (guessVi, guessEn) = near is null ? ("", "") : ($"Có phải '{near}'? ", $"Did you mean '{near}'? ");
        return $"{guessVi}Các phong trào có: {named}{moreVi} / {guessEn}The campaigns are: {named}{moreEn}.";
    }
}
