using ThiDua.Charts;
using ThiDua.Periods;

namespace ThiDua.Tests.Charts;

/// <summary>Chart inputs shaped like the seed plans (Sở TT&amp;TT units, "1.110.000 thuê bao", GRDP "7 – 7,5%").</summary>
internal static class ChartSamples
{
    public const string LongName = "Trung tâm Công nghệ Thông tin và Truyền thông tỉnh Bắc Kạn (đơn vị sự nghiệp)";

    public static AttainmentChart Attainment() => new(
        "Tỷ lệ hoàn thành chỉ tiêu “Thuê bao băng rộng” – kỳ 06/2024",
        [
            new("VP", "Văn phòng Sở", 1.0714m, 1.1m, ChartIndicatorStatus.Exceeded),
            new("TTCNTT", LongName, 1m, null, ChartIndicatorStatus.Met),
            new("BCVT", "Phòng Bưu chính, Viễn thông & Công nghệ số", 0.9734m, 1.05m, ChartIndicatorStatus.NotMet),
            new("TTBCXB", "Phòng Thông tin – Báo chí – Xuất bản", null, null, ChartIndicatorStatus.NoData),
            new("TTr", "Thanh tra Sở", 0.4512m, null, ChartIndicatorStatus.NotMet),
        ]);

    public static RankingChart Ranking() => new(
        "Xếp hạng cụm thi đua số 1 – tập thể – 06/2024",
        [
            new(1, "VP", "Văn phòng Sở", 112.5m),
            new(2, "TTCNTT", LongName, 97.25m),
            new(2, "BCVT", "Phòng Bưu chính, Viễn thông & Công nghệ số", 97.25m),
            new(4, "TTBCXB", "Phòng Thông tin – Báo chí – Xuất bản", 90.6m),
            new(5, "TTr", "Thanh tra Sở", 0m),
        ]);

    /// <summary>All clusters on one chart: each group ranks from 1 under its heading.</summary>
    public static RankingChart RankingOfGroups() => new(
        "Xếp hạng (tất cả cụm, khối) – 06/2024",
        [
            new(1, "VP", "Văn phòng Sở", 112.5m, "Cụm, khối 1 · tập thể"),
            new(2, "TTr", "Thanh tra Sở", 90.6m, "Cụm, khối 1 · tập thể"),
            new(1, "NV01", "Nguyễn Thị Hồng Nhung", 100m, "Cụm, khối 1 · cá nhân"),
            new(1, "BCVT", "Phòng Bưu chính, Viễn thông & Công nghệ số", 97.25m, "Không thuộc cụm, khối · tập thể"),
        ]);

    public static HeatmapChart Heatmap() => new(
        "Tình hình thực hiện chỉ tiêu theo đơn vị – 06/2024",
        [
            new("VP", "Văn phòng Sở"),
            new("TTCNTT", LongName),
            new("BCVT", "Phòng Bưu chính, Viễn thông & Công nghệ số"),
        ],
        [
            new("DVCTT", "Tỷ lệ dịch vụ công trực tuyến toàn trình"),
            new("TBBR", "Thuê bao băng rộng cố định"),
            new("LOP", "Lớp bồi dưỡng kỹ năng số"),
            new("DA-CDS", "Đề án chuyển đổi số"),
        ],
        [
            new("VP", "DVCTT", 1.0488m, ChartIndicatorStatus.Exceeded),
            new("VP", "TBBR", 1m, ChartIndicatorStatus.Met),
            new("VP", "LOP", 0.7143m, ChartIndicatorStatus.NotMet),
            new("VP", "DA-CDS", null, ChartIndicatorStatus.NoData),
            new("TTCNTT", "DVCTT", 0.9734m, ChartIndicatorStatus.NotMet),
            new("TTCNTT", "LOP", 1.2857m, ChartIndicatorStatus.Exceeded),
            new("TTCNTT", "DA-CDS", 0.5m, ChartIndicatorStatus.NotMet),
            new("BCVT", "TBBR", 0.9009m, ChartIndicatorStatus.NotMet),
            new("BCVT", "DA-CDS", 1m, ChartIndicatorStatus.Met),
        ]);

    public static ProgressChart Progress()
    {
        var points = new List<ProgressPoint>();
        decimal?[] actuals = [80_000m, 175_000m, null, 390_000m, 480_000m, 610_000m, null, null, null, null, null, null];
        for (var m = 1; m <= 12; m++)
            points.Add(new ProgressPoint(new YearMonth(2024, m), actuals[m - 1], 1_110_000m * m / 12));
        return new ProgressChart("Thuê bao băng rộng cố định – lũy kế 2024", "thuê bao", 1_110_000m, 1_200_000m, points);
    }

    public static AwardsChart Awards() => new(
        "Đề nghị khen thưởng năm 2024",
        [
            new("GK-GD", "Giấy khen của Giám đốc Sở (≤ 2 tập thể)", "VP", "Văn phòng Sở", 112.5m, ChartAwardStatus.Proposed,
                "Hoàn thành tất cả chỉ tiêu; 100% thành viên HTTNV trở lên"),
            new("GK-GD", "Giấy khen của Giám đốc Sở (≤ 2 tập thể)", "TTCNTT", LongName, 97.25m, ChartAwardStatus.TieAtQuota,
                "Bằng điểm với BCVT tại vị trí thứ 2 – Hội đồng quyết định"),
            new("GK-GD", "Giấy khen của Giám đốc Sở (≤ 2 tập thể)", "BCVT", "Phòng Bưu chính, Viễn thông & Công nghệ số", 97.25m,
                ChartAwardStatus.TieAtQuota, "Bằng điểm với TTCNTT tại vị trí thứ 2 – Hội đồng quyết định"),
            new("GK-GD", "Giấy khen của Giám đốc Sở (≤ 2 tập thể)", "TTr", "Thanh tra Sở", 40m, ChartAwardStatus.Ineligible,
                "Chưa đạt chỉ tiêu DVCTT, LOP"),
            new("BK-UBND", "Bằng khen của Chủ tịch UBND tỉnh", "NV01", "Nguyễn Thị Hồng Nhung", null, ChartAwardStatus.EligibleOverQuota,
                "HTXSNV; có sáng kiến được công nhận; ngoài số lượng 1 cá nhân"),
        ]);

    public static RankingChart RankingOf(int count)
    {
        var bars = new List<RankingBar>(count);
        for (var i = 0; i < count; i++)
            bars.Add(new RankingBar(i + 1, "DV" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                "Phòng Văn hóa – Thông tin huyện số " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), 120m - i * 1.75m));
        return new RankingChart("Xếp hạng " + count + " đơn vị", bars);
    }

    /// <summary>Scores of two clusters as the campaign page draws them: places in each, "2=" shared, names with the suffix pages drop.</summary>
    public static AttainmentChart ScoresOfClusters() => new("Mức độ hoàn thành chung (điểm / 100) — tháng 12/2022",
    [
        new AttainmentBar("CNTT", "Phòng Công nghệ thông tin (Sở TT&TT Bắc Kạn)", 1.0854m, null, ChartIndicatorStatus.Exceeded, "Khối các phòng chuyên môn", "1"),
        new AttainmentBar("BCVT", "Phòng Bưu chính - Viễn thông (Sở TT&TT Bắc Kạn)", 0.985m, null, ChartIndicatorStatus.NotMet, "Khối các phòng chuyên môn", "2="),
        new AttainmentBar("TTBC", "Phòng Thông tin - Báo chí - Xuất bản (Sở TT&TT Bắc Kạn)", 0.985m, null, ChartIndicatorStatus.NotMet, "Khối các phòng chuyên môn", "2="),
        new AttainmentBar("TT", "Trung tâm Công nghệ thông tin và Truyền thông (Sở TT&TT Bắc Kạn)", 0.748m, null, ChartIndicatorStatus.NotMet, "Khối đơn vị sự nghiệp", "1"),
    ], Scores: true);
}
