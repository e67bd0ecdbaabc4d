namespace ThiDua.Units;

/// <summary>A unit taking part in emulation: a department, a sub-unit, or a staff member.</summary>
public sealed record Unit(string Code, string Name, UnitKind Kind, string? Parent, string? Cluster)
{
    /// <summary>
    /// The first month the unit no longer exists (merged, dissolved — ngừng hoạt động từ tháng): from it on it is not
    /// computed, ranked, proposed or asked for figures; the months before keep it. Null while it exists.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public Periods.YearMonth? Ended { get; init; }

    /// <summary>
    /// The unit that took this one over when it was merged (sáp nhập vào), from <see cref="Ended"/> on; null for a unit
    /// dissolved without one, or still existing. Its figures stay its own: this only says where its work went on.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? MergedInto { get; init; }

    /// <summary>Whether the unit still exists at <paramref name="month"/>.</summary>
    public bool ExistsAt(Periods.YearMonth month) => Ended is not { } ended || month < ended;
}
