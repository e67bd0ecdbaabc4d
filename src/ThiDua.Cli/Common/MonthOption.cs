using System.CommandLine;
using ThiDua.Periods;

namespace ThiDua.Cli.Common;

/// <summary>A YYYY-MM option (<c>--period</c>, <c>--month</c>) with its bilingual parse error.</summary>
public static class MonthOption
{
    public static Option<YearMonth?> Create(string name, string description, bool required = false) => new(name)
    {
        Description = description,
        Required = required,
        CustomParser = r =>
        {
            var text = r.Tokens.Single().Value;
            if (YearMonth.TryParse(text, out var month)) return month;
            r.AddError($"{name} '{text}' không phải tháng / is not a month: dùng / use YYYY-MM.");
            return null;
        },
    };
}
