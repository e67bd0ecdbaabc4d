using System.Globalization;
using ThiDua.Import.Parsing;
using ThiDua.Import.Plausibility;

namespace ThiDua.Import.Marking;

/// <summary>
/// What a list sheet of the copy lists: the errors ("Lỗi", cells filled red) or the plausibility warnings
/// ("Cảnh báo", cells filled yellow, each with the figure its value was judged against).
/// </summary>
internal sealed record ProblemList(string Name, IReadOnlyList<ImportError> Items, IReadOnlyList<decimal>? JudgedAgainst)
{
    public const string ErrorsName = "Lỗi", WarningsName = "Cảnh báo";

    public static ProblemList Errors(IReadOnlyList<ImportError> errors) => new(ErrorsName, errors, null);

    public static ProblemList Warnings(IReadOnlyList<ImportWarning> warnings) =>
        new(WarningsName, warnings.Select(AsPlace).ToList(), warnings.Select(w => w.JudgedAgainst).ToList());

    /// <summary>A warning where an error would be: its line, its column's canonical name ("value"), its value.</summary>
    public static ImportError AsPlace(ImportWarning w) => new(w.Line, w.Column, w.Value, w.MessageVi, w.MessageEn);

    public bool IsWarnings => JudgedAgainst is not null;

    public IReadOnlyList<string> Headers => IsWarnings
        ? ["Ô", "Dòng", "Cột", "Giá trị", "So với", "Cảnh báo", "Warning"]
        : ["Ô", "Dòng", "Cột", "Giá trị", "Lỗi", "Error"];

    public double[] Widths => IsWarnings ? [10, 8, 18, 14, 14, 70, 60] : [10, 8, 18, 18, 70, 60];

    /// <summary>A warned value is written invariant ("9750.5"): in the list it is a number, as Excel shows numbers.</summary>
    public static bool IsNumber(string? value, out decimal number) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
}
