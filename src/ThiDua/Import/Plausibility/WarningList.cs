namespace ThiDua.Import.Plausibility;

/// <summary>
/// The warnings an outcome lists: capped like the errors (a million-row file of implausible figures must not print a
/// million warnings), with a last "and N more" entry (line 0, rule <c>more</c>) counting those left out.
/// </summary>
internal static class WarningList
{
    public const string More = "more";

    public static IReadOnlyList<ImportWarning> Capped(ImportWarnings warnings, int max)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        var list = warnings.Take(max).Select(w => w.Warning).ToList();
        var left = warnings.Count - list.Count;
        if (left > 0)
            list.Add(new ImportWarning(0, "", "", More, left, $"… và {left} cảnh báo khác (tổng cộng {warnings.Count}).",
                $"… and {left} more warnings ({warnings.Count} in all)."));
        return list;
    }
}
