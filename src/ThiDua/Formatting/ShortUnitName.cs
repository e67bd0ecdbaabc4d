namespace ThiDua.Formatting;

/// <summary>
/// A unit's name without its trailing parenthesis ("Văn phòng Sở (Sở TT&amp;TT Bắc Kạn)" → "Văn phòng Sở"): in a
/// campaign's tables every row repeated the same "(Sở TT&amp;TT …)" and the column cut what tells units apart.
/// Pages show the short name with the full one on hover; exports and reports keep the full name.
/// </summary>
public static class ShortUnitName
{
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.TrimEnd();
        if (!trimmed.EndsWith(')')) return name;
        var open = trimmed.LastIndexOf(" (", StringComparison.Ordinal);
        return open >= 3 ? trimmed[..open].TrimEnd() : name;
    }
}
