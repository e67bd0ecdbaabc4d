namespace ThiDua.Registrations;

/// <summary>
/// The registration page's sentence in numbers, counted as its list counts: on time, late, registered for titles or
/// forms only, not registered — and, apart from those, the units not registered that have ended (merged, dissolved):
/// the list and the Excel mark them "ngừng hoạt động từ tháng …", not a unit to chase, so "chưa đăng ký: 2" over a
/// district gone since July read as two to chase.
/// </summary>
public sealed record RegistrationCounts(int OnTime, int Late, int FormsOnly, int Missing, int EndedMissing, int Total)
{
    public static RegistrationCounts Of(IReadOnlyList<RegistrationRollRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var unregistered = rows.Where(r => !r.Registered).ToList();
        return new(rows.Count(r => r.Campaign is { OnTime: true }), rows.Count(r => r.Campaign is { OnTime: false }),
            rows.Count(r => r.Campaign is null && r.Forms.Count > 0), unregistered.Count(r => r.Unit.Ended is null),
            unregistered.Count(r => r.Unit.Ended is not null), rows.Count);
    }
}
