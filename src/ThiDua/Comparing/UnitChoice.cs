using ThiDua.Analytics;
using ThiDua.Import.Importing;

namespace ThiDua.Comparing;

/// <summary>
/// The units a reader chose to compare, read from a link or a form: repeated values or one list separated by commas
/// (<c>units=A,B</c>), blanks (an empty picker) and repeats dropped, order kept. <see cref="Problem"/> says in both
/// languages what is wrong; <see cref="Unknown"/> when a code names no unit (a web answer 404, else 400).
/// </summary>
public sealed record UnitChoice(IReadOnlyList<string> Units, string? Problem, bool Unknown)
{
    public static UnitChoice Parse(IEnumerable<string?> values, CampaignSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(snapshot);
        var codes = Codes(values);
        foreach (var code in codes.Where(c => !snapshot.Units.ContainsKey(c)))
        {
            var near = new NearCodes().For("unit", code, snapshot.Units.Keys.Order(StringComparer.Ordinal));
            return new UnitChoice([], $"Không có đơn vị '{code}' / unit '{code}' does not exist."
                + (near is null ? "" : $" Có phải '{near}'? / Did you mean '{near}'?"), Unknown: true);
        }
        if (codes.Count > UnitComparison.MaxUnits)
            return new UnitChoice([], $"Chọn tối đa {UnitComparison.MaxUnits} đơn vị để so sánh (đã chọn {codes.Count}): bỏ bớt đơn vị / "
                + $"choose at most {UnitComparison.MaxUnits} units to compare ({codes.Count} chosen): drop some.", Unknown: false);
        return new UnitChoice(codes, null, Unknown: false);
    }

    /// <summary>The codes as written, before they are looked up: commas split, blanks and repeats dropped, order kept
    /// (the CLI counts them with it before it opens the database).</summary>
    public static List<string> Codes(IEnumerable<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).ToList();
    }
}
