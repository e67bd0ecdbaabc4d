using ThiDua.Units;

namespace ThiDua.Tests.Documents;

/// <summary>How the dossier's lists name a candidate, worked out from units.csv: a person with their unit ("Hà Thị
/// Phương, Phòng Thông tin - Báo chí - Xuất bản (Sở TT&amp;TT Bắc Kạn)"), a collective by its name.</summary>
public static class DossierListNames
{
    public static string Of(IReadOnlyDictionary<string, Unit> units, string code)
    {
        var unit = units[code];
        return unit.Kind == UnitKind.Individual && unit.Parent is { } parent && units.TryGetValue(parent, out var workplace)
            ? $"{unit.Name}, {workplace.Name}" : unit.Name;
    }
}
