using System.Text.RegularExpressions;
using ThiDua.Campaigns;

namespace ThiDua.PreviousYear;

/// <summary>
/// Which campaign a campaign follows ("năm trước"): the one campaigns.csv's <c>previous</c> names; without it, the same
/// code with its year one less (BK2023 → BK2022, TD-2024-Q → TD-2023-Q) when that campaign exists and started earlier.
/// Nothing cleverer is guessed (same units, same indicators): a wrong pairing would read as a real comparison.
/// </summary>
public static partial class PreviousCampaigns
{
    /// <summary>The previous campaign and how it was found; null when none is named and none can be inferred.</summary>
    public static (Campaign Campaign, PreviousLinkKind Kind)? Find(Campaign campaign, IReadOnlyDictionary<string, Campaign> all)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(all);
        if (campaign.Previous is { } named)
            return all.TryGetValue(named, out var found) ? (found, PreviousLinkKind.Named) : null;
        return YearBefore(campaign.Code) is { } code && all.TryGetValue(code, out var inferred) && inferred.Start < campaign.Start
            ? (inferred, PreviousLinkKind.SameCodeYearBefore) : null;
    }

    /// <summary>The code with its last four-digit year (1900–2999) one less; null when it has none.</summary>
    public static string? YearBefore(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var years = Year().Matches(code);
        if (years.Count == 0) return null;
        var last = years[^1];
        return string.Concat(code.AsSpan(0, last.Index), (int.Parse(last.Value, System.Globalization.CultureInfo.InvariantCulture) - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            code.AsSpan(last.Index + last.Length));
    }

    /// <summary>
    /// What is wrong with the campaign's named previous campaign among <paramref name="all"/> (the stored ones as the file
    /// leaves them), as (Vietnamese, English); null when nothing is.
    /// </summary>
    public static (string Vi, string En)? Problem(Campaign campaign, IReadOnlyDictionary<string, Campaign> all)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(all);
        if (campaign.Previous is not { } named) return null;
        var (code, fix) = (campaign.Code, "Sửa hoặc để trống cột previous (để trống: nhận phong trào cùng mã với năm trước, nếu có)");
        const string fixEn = "Correct the previous column or leave it empty (empty: the campaign with the same code and the year before, if any)";
        if (named == code)
            return ($"Phong trào {code} không thể là phong trào năm trước của chính nó. {fix}.", $"Campaign {code} cannot be its own previous campaign. {fixEn}.");
        if (!all.TryGetValue(named, out var previous))
        {
            var near = new Import.Importing.NearCodes().For("campaign", named, all.Keys);
            return ($"Không có phong trào '{named}' để làm phong trào năm trước của {code}: nhập phong trào đó trước (trong tệp này hoặc tệp campaigns trước đó). {fix}.{(near is null ? "" : $" Có phải '{near}'?")}",
                $"There is no campaign '{named}' to be the previous campaign of {code}: import it first (in this file or an earlier campaigns file). {fixEn}.{(near is null ? "" : $" Did you mean '{near}'?")}");
        }
        var chain = new List<string> { code };
        for (var at = previous; at is not null; at = at.Previous is { } p ? all.GetValueOrDefault(p) : null)
        {
            if (chain.Contains(at.Code))
                return ($"Chuỗi phong trào năm trước của {code} tạo thành vòng lặp: {string.Join(" → ", chain.Append(at.Code))}. {fix}.",
                    $"The chain of previous campaigns of {code} loops: {string.Join(" → ", chain.Append(at.Code))}. {fixEn}.");
            chain.Add(at.Code);
        }
        if (previous.Start >= campaign.Start)
            return ($"Phong trào năm trước {named} (bắt đầu {previous.Start:dd/MM/yyyy}) phải bắt đầu trước phong trào {code} (bắt đầu {campaign.Start:dd/MM/yyyy}). {fix}.",
                $"The previous campaign {named} (starting {previous.Start:yyyy-MM-dd}) must start before campaign {code} (starting {campaign.Start:yyyy-MM-dd}). {fixEn}.");
        return null;
    }

    [GeneratedRegex("(?<![0-9])(19|2[0-9])[0-9]{2}(?![0-9])")]
    private static partial Regex Year();
}
