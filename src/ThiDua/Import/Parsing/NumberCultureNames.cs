namespace ThiDua.Import.Parsing;

/// <summary>The <c>--culture</c> words <c>vi</c> and <c>en</c> (also <c>vi-VN</c>, <c>en-US</c>…).</summary>
public static class NumberCultureNames
{
    public static string ToCliWord(NumberCulture culture) => culture == NumberCulture.En ? "en" : "vi";

    /// <summary>The web upload form's name for the choice, and for each culture, as its picker and the messages name them.</summary>
    public const string FormField = "Cách viết số";

    /// <summary>The culture as the web upload form offers it: <c>Việt Nam: 1.110.000 và 90,6</c>, <c>Tiếng Anh: 1,110,000 và 90.6</c>.</summary>
    public static string ToFormLabel(NumberCulture culture) => culture == NumberCulture.En ? "Tiếng Anh: 1,110,000 và 90.6" : "Việt Nam: 1.110.000 và 90,6";

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
