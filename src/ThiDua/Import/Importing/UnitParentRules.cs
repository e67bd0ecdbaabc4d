using ThiDua.Units;

namespace ThiDua.Import.Importing;

/// <summary>
/// Only a collective has units under it. A restructuring file re-parents many units at once; a parent code one row
/// off (a person's code next to their department's) put a commune under that person, and the tree showed it so.
/// </summary>
internal static class UnitParentRules
{
    public static string IndividualParentVi(Unit person) =>
        $"Đơn vị cha '{person.Code}' ({person.Name}) là cá nhân: đơn vị chỉ trực thuộc một tập thể. Sửa mã ở cột parent"
        + (person.Parent is { } p ? $" (cá nhân này thuộc '{p}')" : "") + ", hoặc để trống nếu là đơn vị cấp cao nhất.";

    public static string IndividualParentEn(Unit person) =>
        $"Parent '{person.Code}' ({person.Name}) is an individual: a unit can only belong to a collective. Correct the code in the parent column"
        + (person.Parent is { } p ? $" (this person belongs to '{p}')" : "") + ", or leave it empty for a top-level unit.";

    /// <summary>A collective the file makes an individual must have no unit under it once the file is applied.</summary>
    public static void CheckNoUnitsUnder(IReadOnlyList<Parsing.UnitRow> nowIndividuals, IReadOnlyDictionary<string, Unit> inFile,
        IReadOnlyDictionary<string, Unit> stored, ImportContext context)
    {
        if (nowIndividuals.Count == 0) return;
        var codes = nowIndividuals.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        // Each unit as it will stand: its row in the file, else as stored.
        var under = inFile.Values.Concat(stored.Values.Where(u => !inFile.ContainsKey(u.Code)))
            .Where(u => u.Parent is { } p && codes.Contains(p))
            .GroupBy(u => u.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(u => u.Code).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        foreach (var r in nowIndividuals)
        {
            if (!under.TryGetValue(r.Code, out var children)) continue;
            // The first five by code, and how many in all when there are more.
            var shown = string.Join(", ", children.Take(5));
            var (moreVi, moreEn) = children.Count > 5 ? ($", … — {children.Count} đơn vị", $", … — {children.Count} units") : ("", "");
            context.Error(r.Line, "kind", "individual",
                $"'{r.Code}' có đơn vị trực thuộc ({shown}{moreVi}) nên không thể là cá nhân: giữ loại tập thể, hoặc chuyển các đơn vị đó sang đơn vị cha khác trong cùng tệp.",
                $"'{r.Code}' has units under it ({shown}{moreEn}), so it cannot be an individual: keep it a collective, or move those units to another parent in the same file.");
        }
    }
}
