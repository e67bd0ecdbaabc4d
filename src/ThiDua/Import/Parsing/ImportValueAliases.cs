using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Indicators;
using ThiDua.Ratings;
using ThiDua.Units;

namespace ThiDua.Import.Parsing;

/// <summary>The accepted values of the enum and yes/no columns (SPEC §5 plus natural Vietnamese extras, docs/import-aliases.md).</summary>
public static class ImportValueAliases
{
    public static ValueAliases<UnitKind> UnitKinds { get; } = new("kind",
        (UnitKind.Collective, ["collective", "tập thể", "tap_the"]),
        (UnitKind.Individual, ["individual", "cá nhân", "ca_nhan"]));

    public static ValueAliases<CampaignKind> CampaignKinds { get; } = new("kind",
        (CampaignKind.Annual, ["annual", "thường xuyên", "hằng năm", "hàng năm"]),
        (CampaignKind.Special, ["special", "theo đợt", "chuyên đề", "đợt"]));

    public static ValueAliases<Direction> Directions { get; } = new("direction",
        (Direction.AtLeast, ["at_least", "tối thiểu", "không ít hơn", ">="]),
        (Direction.AtMost, ["at_most", "tối đa", "không quá", "không vượt quá", "<="]),
        (Direction.ReduceBy, ["reduce_by", "giảm"]),
        (Direction.IncreaseBy, ["increase_by", "tăng"]),
        (Direction.RankUp, ["rank_up", "tăng hạng", "tăng bậc"]),
        (Direction.Task, ["task", "nhiệm vụ"]));

    public static ValueAliases<Aggregation> Aggregations { get; } = new("aggregation",
        (Aggregation.Sum, ["sum", "tổng", "cộng dồn"]),
        (Aggregation.Latest, ["latest", "mới nhất", "cuối kỳ"]),
        (Aggregation.Average, ["average", "trung bình"]),
        (Aggregation.Max, ["max", "lớn nhất", "cao nhất"]),
        (Aggregation.Min, ["min", "nhỏ nhất", "thấp nhất"]));

    public static ValueAliases<Rating> Ratings { get; } = new("rating",
        (Rating.Excellent, ["excellent", "HTXSNV", "hoàn thành xuất sắc nhiệm vụ"]),
        (Rating.Good, ["good", "HTTNV", "hoàn thành tốt nhiệm vụ"]),
        (Rating.Completed, ["completed", "HTNV", "hoàn thành nhiệm vụ"]),
        (Rating.NotCompleted, ["not_completed", "KHTNV", "không hoàn thành nhiệm vụ"]));

    /// <summary>An empty discipline cell means none. Giáng chức / buộc thôi việc count as the most severe level.</summary>
    public static ValueAliases<Discipline> Disciplines { get; } = new("discipline",
        (Discipline.None, ["none", "không", "không kỷ luật"]),
        (Discipline.Reprimand, ["reprimand", "khiển trách"]),
        (Discipline.Warning, ["warning", "cảnh cáo"]),
        (Discipline.Dismissal, ["dismissal", "cách chức", "giáng chức", "buộc thôi việc"]));

    public static ValueAliases<AwardRecipient> AwardRecipients { get; } = new("recipient",
        (AwardRecipient.Collective, ["collective", "tập thể", "tap_the"]),
        (AwardRecipient.Individual, ["individual", "cá nhân", "ca_nhan"]),
        (AwardRecipient.Any, ["any", "tất cả", "cả hai"]));

    public static ValueAliases<AwardQuotaScope> QuotaScopes { get; } = new("quota scope",
        (AwardQuotaScope.Campaign, ["campaign", "phong_trao", "toàn phong trào"]),
        (AwardQuotaScope.Cluster, ["cluster", "cum", "cụm, khối", "khối"]));

    public static ValueAliases<Awards.Deciding.AwardDecision> AwardDecisions { get; } = new("decision",
        (Awards.Deciding.AwardDecision.Approved, ["approved", "dong_y", "đồng ý", "phê duyệt", "duyệt"]),
        (Awards.Deciding.AwardDecision.Rejected, ["rejected", "khong_dong_y", "không đồng ý", "không duyệt"]),
        (Awards.Deciding.AwardDecision.Deferred, ["deferred", "hoan", "hoãn", "hoãn xét"]));

    public static ValueAliases<bool> Booleans { get; } = new("yes/no",
        (true, ["yes", "có", "true", "1", "x"]),
        (false, ["no", "không", "false", "0"]));
}
