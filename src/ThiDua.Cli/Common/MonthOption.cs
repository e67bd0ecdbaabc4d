using System.CommandLine;
using ThiDua.Cli.Usage;
using ThiDua.Periods;

namespace ThiDua.Cli.Common;

/// <summary>A YYYY-MM option (<c>--period</c>, <c>--month</c>) with its bilingual parse error.</summary>
public static class MonthOption
{
    public static Option<YearMonth?> Create(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM",
        Required = required,
        CustomParser = r =>
        {
            var text = r.Tokens.Single().Value;
            if (YearMonth.TryParse(text, out var month)) return month;
            UsageMessages.Add(r, $"{name} '{text}' không phải là tháng: ghi theo dạng YYYY-MM, ví dụ 2024-07.",
                $"{name} '{text}' is not a month: write it as YYYY-MM, e.g. 2024-07.");
            return null;
        },
    };
}
