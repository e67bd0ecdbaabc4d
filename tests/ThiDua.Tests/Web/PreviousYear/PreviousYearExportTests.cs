using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Security;
using ThiDua.Tests.Exports;
using ThiDua.Tests.PreviousYear;
using ThiDua.Tests.Security;

namespace ThiDua.Tests.Web.PreviousYear;

/// <summary>The page's "Tải Excel": the same rows as the API, opened back, with the basis in words on a second sheet.</summary>
public sealed class PreviousYearExportTests(PreviousYearDatabase db) : IClassFixture<PreviousYearDatabase>
{
    [Fact]
    public async Task The_workbook_holds_the_pages_rows_and_says_which_months_it_compares()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "py-export", Role.Viewer));

        var page = await client.GetStringAsync("/campaigns/NAMMOI/previous-year");
        var answer = JsonNode.Parse(await client.GetStringAsync("/api/campaigns/NAMMOI/previous-year"))!;
        using var response = await client.GetAsync("/exports/previous-year.xlsx?campaign=NAMMOI&period=2023-03");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("NAMMOI-previous-year-2023-03.xlsx");
        using var copy = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheets = WorkbookReadBack.Open(copy).Sheets;

        page.Should().Contain("/exports/previous-year.xlsx?campaign=NAMMOI&amp;period=2023-03");
        sheets[0].Header.Should().Equal("Cụm, khối", "Mã đơn vị", "Tên đơn vị", "Loại", "Hạng 03/2023", "Điểm 03/2023", "Hạng 03/2022", "Điểm 03/2022",
            "Thay đổi điểm", "Thay đổi hạng (+ lên, − xuống)", "Ghi chú");
        var rows = sheets[0].DataTexts(11).ToDictionary(r => r[1]);
        foreach (var row in answer["rows"]!.AsArray())
        {
            var cells = rows[(string)row!["unit"]!];
            string Number(string field) => row[field] is { } v ? v.GetValue<decimal>().ToString(CultureInfo.InvariantCulture) : "";
            (Parse(cells[5]), Parse(cells[7]), Parse(cells[8])).Should().Be((Parse(Number("score")), Parse(Number("previous_score")), Parse(Number("score_change"))));
            (cells[4], cells[6]).Should().Be((row["rank"]?.ToString() ?? "", row["previous_rank"]?.ToString() ?? ""));
        }
        rows["PY-C"][10].Should().Be("chưa tham gia năm trước");
        rows["PY-D"][10].Should().Be("ngừng hoạt động từ tháng 01/2023 (sáp nhập vào Phòng Văn hóa và Thông tin)");
        sheets[1].DataTexts(1).Select(r => r[0]).Should().Contain("So sánh cùng kỳ: NAMMOI tính đến tháng 03/2023 (tháng thứ 3 của phong trào) với NAMCU tính đến tháng 03/2022.");
    }

    private static decimal? Parse(string text) => text.Length == 0 ? null : decimal.Parse(text, CultureInfo.InvariantCulture);
}
