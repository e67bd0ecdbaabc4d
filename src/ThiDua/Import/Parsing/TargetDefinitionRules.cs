using System.Globalization;
using ThiDua.Formatting;
using ThiDua.Indicators;

namespace ThiDua.Import.Parsing;

/// <summary>
/// The target definitions SPEC §3 rejects at import: they would make the attainment ratio undefined
/// (division by T or B) or meaningless. Pure, so the importer calls it once it knows the indicator's direction.
/// </summary>
public static class TargetDefinitionRules
{
    /// <summary>The first problem of (<paramref name="target"/>, <paramref name="baseline"/>) for <paramref name="direction"/>, or null when valid.</summary>
    public static BilingualMessage? Check(Direction direction, decimal? target, decimal? baseline, decimal? targetMax = null)
    {
        var name = DirectionName(direction);
        if (target is not { } t)
            return new("Thiếu chỉ tiêu (target): mỗi dòng chỉ tiêu phải có giá trị mục tiêu.",
                "The target is missing: every target row needs a target value.");

        var targetMustBePositive = direction is Direction.AtLeast or Direction.ReduceBy or Direction.IncreaseBy or Direction.RankUp;
        if (targetMustBePositive && t <= 0)
            return new($"Chỉ tiêu phải lớn hơn 0 với hướng {name} (đang là {Vi(t)}).",
                $"The target must be greater than 0 for direction {name} (it is {En(t)}).");
        if (direction is Direction.AtMost or Direction.Task && t < 0)
            return new($"Chỉ tiêu không được âm với hướng {name} (đang là {Vi(t)}).",
                $"The target must not be negative for direction {name} (it is {En(t)}).");

        var needsBaseline = direction is Direction.ReduceBy or Direction.IncreaseBy or Direction.RankUp;
        if (needsBaseline && baseline is null)
            return new($"Thiếu số gốc (baseline, ví dụ số liệu năm trước) — bắt buộc với hướng {name}.",
                $"The baseline is missing (e.g. last year's value); direction {name} needs it.");
        if (direction is Direction.ReduceBy or Direction.IncreaseBy && baseline is { } given && given <= 0)
            return new($"Số gốc phải lớn hơn 0 với hướng {name} (đang là {Vi(given)}).",
                $"The baseline must be greater than 0 for direction {name} (it is {En(given)}).");
        if (baseline is { } b && b < 0)
            return new($"Số gốc không được âm (đang là {Vi(b)}).", $"The baseline must not be negative (it is {En(b)}).");
        if (targetMax is { } max && max < t)
            return new($"Mức phấn đấu (target_max = {Vi(max)}) phải lớn hơn hoặc bằng chỉ tiêu ({Vi(t)}): đó là cận trên của khoảng, ví dụ 7 – 7,5%.",
                $"The stretch target (target_max = {En(max)}) must be at least the target ({En(t)}): it is the top of a range, e.g. 7 – 7.5%.");
        return null;
    }

    /// <summary><see cref="Check(Direction, decimal?, decimal?)"/> for a parsed row, as an error on its line.</summary>
    public static ImportError? Check(TargetRow row, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(row);
        var message = Check(direction, row.Target, row.Baseline, row.TargetMax);
        if (message is null) return null;
        var column = message.En.Contains("baseline", StringComparison.Ordinal) ? "baseline"
            : message.En.Contains("target_max", StringComparison.Ordinal) ? "target_max" : "target";
        var value = (column switch { "baseline" => row.Baseline, "target_max" => row.TargetMax, _ => row.Target })?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ImportError(row.Line, column, value, message.Vi, message.En);
    }

    // A figure in each half as that language writes it: the Vietnamese half "-1,5" (as the clerk's file may have),
    // the English "-1.5", whatever culture the server runs in.
    private static string Vi(decimal value) => VietnameseNumber.Format(value, 6);

    private static string En(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string DirectionName(Direction direction) => direction switch
    {
        Direction.AtLeast => "at_least",
        Direction.AtMost => "at_most",
        Direction.ReduceBy => "reduce_by",
        Direction.IncreaseBy => "increase_by",
        Direction.RankUp => "rank_up",
        _ => "task",
    };
}
