using ThiDua.Formatting;
using ThiDua.Units;

namespace ThiDua.Import.Importing;

/// <summary>
/// A merged unit names the unit that took it over (units.csv's <c>merged_into</c>). That unit must be known, of the same
/// kind (a person's work goes on in a person, a collective's in a collective) and still exist in the month the merged
/// one ended — which also rules out two units merged into each other. Checked once the whole file is read, over each
/// unit as it will stand: a successor may come later in the file, and a file that ends a successor early breaks the
/// stored mergers into it.
/// </summary>
internal static class UnitMergerRules
{
    public static void Check(IReadOnlyDictionary<string, Unit> inFile, IReadOnlyDictionary<string, int> lines,
        IReadOnlyDictionary<string, Unit> stored, ImportContext context)
    {
        Unit? Find(string code) => inFile.GetValueOrDefault(code) ?? stored.GetValueOrDefault(code);
        foreach (var unit in inFile.Values.Where(u => u.MergedInto is not null))
        {
            var line = lines[unit.Code];
            if (unit.Ended is not { } ended)
                context.Error(line, "merged_into", unit.MergedInto,
                    $"'{unit.Code}' được ghi sáp nhập vào '{unit.MergedInto}' nhưng không có tháng ngừng hoạt động: ghi tháng sáp nhập vào cột ended, hoặc để trống cột merged_into.",
                    $"'{unit.Code}' is merged into '{unit.MergedInto}' but has no end month: put the month of the merger in the ended column, or leave merged_into empty.");
            else if (Find(unit.MergedInto!) is not { } successor)
                context.Error(line, "merged_into", unit.MergedInto,
                    $"Không tìm thấy đơn vị tiếp nhận '{unit.MergedInto}': thêm dòng của đơn vị đó vào tệp này (trước hay sau đều được), nhập nó trước, hoặc sửa mã.",
                    $"Unknown unit '{unit.MergedInto}' to merge into: add its row to this file (before or after), import it first, or correct the code.");
            else if ((successor.Kind == UnitKind.Individual) != (unit.Kind == UnitKind.Individual))
                context.Error(line, "merged_into", unit.MergedInto,
                    $"'{unit.Code}' là {Kind(unit)} nhưng đơn vị tiếp nhận '{successor.Code}' ({successor.Name}) là {Kind(successor)}: một tập thể chỉ sáp nhập vào một tập thể. Sửa mã ở cột merged_into.",
                    $"'{unit.Code}' is {KindEn(unit)} but '{successor.Code}' ({successor.Name}) is {KindEn(successor)}: a collective merges into a collective only. Correct merged_into.");
            else if (!successor.ExistsAt(ended))
                context.Error(line, "merged_into", unit.MergedInto, NotThereVi(unit, successor, ended), NotThereEn(unit, successor, ended));
        }
        // Stored mergers into a unit this file ends (or ends earlier): the error goes on the successor's row.
        foreach (var merged in stored.Values.Where(u => !inFile.ContainsKey(u.Code) && u.MergedInto is { } s && inFile.ContainsKey(s)))
        {
            var successor = inFile[merged.MergedInto!];
            if (merged.Ended is { } ended && !successor.ExistsAt(ended))
                context.Error(lines[successor.Code], "ended", successor.Ended?.ToString(), NotThereVi(merged, successor, ended), NotThereEn(merged, successor, ended));
            else if ((successor.Kind == UnitKind.Individual) != (merged.Kind == UnitKind.Individual))
                context.Error(lines[successor.Code], "kind", Analytics.Output.AnalyticsCsv.Kind(successor.Kind),
                    $"'{merged.Code}' ({merged.Name}), {Kind(merged)}, đã sáp nhập vào '{successor.Code}': '{successor.Code}' phải giữ loại {Kind(merged)}. Sửa cột kind, hoặc sửa cột merged_into của '{merged.Code}'.",
                    $"'{merged.Code}' ({merged.Name}), {KindEn(merged)}, was merged into '{successor.Code}': '{successor.Code}' must stay {KindEn(merged)}. Correct kind, or correct merged_into of '{merged.Code}'.");
        }
    }

    private static string NotThereVi(Unit merged, Unit successor, Periods.YearMonth ended) =>
        $"'{merged.Code}' ({merged.Name}) sáp nhập vào '{successor.Code}' từ {VietnameseDates.Month(ended)}, nhưng '{successor.Code}' "
        + $"{UnitEndWords.Since(successor.Ended!.Value)}: đơn vị tiếp nhận phải còn hoạt động khi sáp nhập. Sửa cột merged_into hoặc tháng ngừng hoạt động.";

    private static string NotThereEn(Unit merged, Unit successor, Periods.YearMonth ended) =>
        $"'{merged.Code}' ({merged.Name}) is merged into '{successor.Code}' from {ended}, but '{successor.Code}' has ended from {successor.Ended}: "
        + "the unit that takes another over must still exist then. Correct merged_into or the end month.";

    private static string Kind(Unit u) => u.Kind == UnitKind.Individual ? "cá nhân" : "tập thể";

    private static string KindEn(Unit u) => u.Kind == UnitKind.Individual ? "an individual" : "a collective";
}
