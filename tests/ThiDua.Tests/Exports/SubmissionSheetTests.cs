using ThiDua.Analytics.Output;
using ThiDua.Exports.Tables;
using ThiDua.Exports.Xlsx;
using ThiDua.Measurements.Submissions;
using ThiDua.Tests.Analytics;
using static ThiDua.Tests.Analytics.SnapshotBuilder;

namespace ThiDua.Tests.Exports;

/// <summary>
/// The clerk writes to the units owing November's figures from the submissions Excel: each owed indicator is named as
/// the page names it — "Tên chỉ tiêu (MÃ; gần nhất tháng 10/2024)" — not by its code alone; the CSV keeps the codes.
/// </summary>
public sealed class SubmissionSheetTests
{
    [Fact]
    public void The_excel_names_each_owed_indicator_with_its_code_and_the_last_month_sent_while_the_csv_keeps_codes()
    {
        var built = new SnapshotBuilder().Indicator("F").Indicator("S")
            .Unit("B").Target("B", "F", 10m).Target("B", "S", 10m).Measure("B", "F", "2024-11", 3m).Measure("B", "S", "2024-10", 4m)
            .Unit("C").Target("C", "S", 10m).Measure("C", "S", "2024-11", 4m)
            .Unit("D").Target("D", "F", 10m)
            .Build();
        var snapshot = built with
        {
            Indicators = built.Indicators.Select(i => i with { Name = i.Code == "F" ? "Số hồ sơ giải quyết đúng hạn" : "Tỷ lệ văn bản đi điện tử" }).ToList(),
        };
        var rows = MonthSubmissions.Of(snapshot, M("2024-11"));

        var bytes = XlsxWorkbookWriter.ToBytes([SubmissionSheet.Of(snapshot, M("2024-11"), rows)]);
        var sheet = WorkbookReadBack.Open(new MemoryStream(bytes)).Sheets.Single();
        var csv = new StringWriter();
        AnalyticsCsv.WriteSubmissions(csv, rows);

        sheet.Header.Should().HaveCount(8).And.EndWith(new[] { "Tình trạng", "Chỉ tiêu còn thiếu số liệu" });
        sheet.DataTexts(8).Select(r => (r[1], r[7])).Should().Equal(
            ("B", "Tỷ lệ văn bản đi điện tử (S; gần nhất tháng 10/2024)"), ("C", ""), ("D", "Số hồ sơ giải quyết đúng hạn (F; chưa có tháng nào)"));
        csv.ToString().Split('\n').Should().Contain(l => l.EndsWith(",B,B,2,1,partial,S:2024-10", StringComparison.Ordinal))
            .And.Contain(l => l.EndsWith(",D,D,1,0,none,F:", StringComparison.Ordinal));
    }
}
