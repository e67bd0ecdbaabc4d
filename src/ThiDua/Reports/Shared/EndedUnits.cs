using ThiDua.Analytics;
using ThiDua.Formatting;
using ThiDua.Periods;

namespace ThiDua.Reports.Shared;

/// <summary>
/// The campaign's units that no longer exist in the report's month (units.csv's <c>ended</c>), each as "name
/// (ngừng hoạt động từ tháng 07/2024, sáp nhập vào …)": every table of the report leaves them out, and a reader of the
/// month of a merger saw a district gone without a word on why.
/// </summary>
public static class EndedUnits
{
    public static IReadOnlyList<string> In(CampaignSnapshot snapshot, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var targeted = snapshot.Targets.Select(t => t.Unit).ToHashSet(StringComparer.Ordinal);
        return snapshot.Units.Values
            .Where(u => targeted.Contains(u.Code) && !u.ExistsAt(month))
            .OrderBy(u => u.Ended).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => $"{u.Name} ({UnitEndWords.Of(u, snapshot.Units)})")
            .ToList();
    }
}
