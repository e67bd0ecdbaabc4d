using ThiDua.Indicators;

namespace ThiDua.Formatting;

/// <summary>An indicator's direction and aggregation in the words of a thi đua office.</summary>
public static class IndicatorWords
{
    public static string Of(Direction d) => d switch
    {
        Direction.AtLeast => "đạt tối thiểu",
        Direction.AtMost => "không vượt quá",
        Direction.ReduceBy => "giảm so với gốc",
        Direction.IncreaseBy => "tăng so với gốc",
        Direction.RankUp => "nâng thứ hạng",
        // Not "nhiệm vụ": that is the unit of measure such an indicator already shows beside it.
        _ => "hoàn thành (1) hay chưa (0)",
    };

    /// <summary>How the months are combined: "cộng dồn các tháng", "lấy số tháng gần nhất", …</summary>
    public static string Of(Aggregation a) => a switch
    {
        Aggregation.Sum => "cộng dồn các tháng",
        Aggregation.Latest => "lấy số tháng gần nhất",
        Aggregation.Average => "bình quân các tháng",
        Aggregation.Max => "lấy tháng cao nhất",
        _ => "lấy tháng thấp nhất",
    };
}
