namespace ThiDua.Import.Parsing;

/// <summary>The <c>--culture</c> words <c>vi</c> and <c>en</c> (also <c>vi-VN</c>, <c>en-US</c>…).</summary>
public static class NumberCultureNames
{
    public static string ToCliWord(NumberCulture culture) => culture == NumberCulture.En ? "en" : "vi";

    public static bool TryParse(string? word, out NumberCulture culture)
    {
        var key = (word ?? "").Trim().ToLowerInvariant();
        culture = NumberCulture.Vi;
        if (key is "vi" || key.StartsWith("vi-", StringComparison.Ordinal)) return true;
        if (key is "en" || key.StartsWith("en-", StringComparison.Ordinal))
        {
            culture = NumberCulture.En;
            return true;
        }
        return false;
    }
}
