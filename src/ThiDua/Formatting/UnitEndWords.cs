using ThiDua.Periods;
using ThiDua.Units;

namespace ThiDua.Formatting;

/// <summary>
/// How every surface says a unit has ended (units.csv's <c>ended</c>, <c>merged_into</c>): the pages, the unit picker,
/// the registrations Excel, the audit page, a unit's record and the import's messages each wrote "ngừng hoạt động từ
/// tháng 07/2025" themselves, and the picker and the Excel left out the unit that took it over which the pages name.
/// </summary>
public static class UnitEndWords
{
    /// <summary>"ngừng hoạt động từ tháng 07/2025".</summary>
    public static string Since(YearMonth end) => "ngừng hoạt động từ " + VietnameseDates.Month(end);

    /// <summary>
    /// "ngừng hoạt động từ tháng 07/2025, sáp nhập vào Xã B" — <paramref name="successor"/> as the surface shows it (a
    /// link on a page, the name in a file or a picker; null when dissolved); "" while the unit exists.
    /// </summary>
    public static string Of(Unit unit, string? successor)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Ended is { } end ? Since(end) + (successor is null ? "" : ", sáp nhập vào " + successor) : "";
    }

    /// <summary>As <see cref="Of(Unit, string?)"/>, the successor by its name among <paramref name="units"/> (its code when not there).</summary>
    public static string Of(Unit unit, IReadOnlyDictionary<string, Unit> units)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(units);
        return Of(unit, unit.MergedInto is { } s ? units.GetValueOrDefault(s)?.Name ?? s : null);
    }

    /// <summary>"đã ngừng hoạt động (sáp nhập, giải thể) từ tháng 07/2025": a month asked after the end (the unit page, the calculation pages).</summary>
    public static string Notice(YearMonth end) => "đã ngừng hoạt động (sáp nhập, giải thể) từ " + VietnameseDates.Month(end);
}
