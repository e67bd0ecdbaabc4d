using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ThiDua.Tests.Exports;

namespace ThiDua.Tests.Web.Comparing;

/// <summary>The comparison's "Tải Excel": opened back, the units' places and every indicator's ratios equal the API's answer.</summary>
public sealed class UnitComparisonExportTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    private const string Query = "campaign=LS2021&units=LS-CHILANG,LS-VANLANG&period=2021-10";

    [Fact]
    public async Task The_workbook_holds_the_pages_units_and_ratios_side_by_side()
    {
        var page = await web.Client.GetStringAsync("/campaigns/LS2021/compare?units=LS-CHILANG&units=LS-VANLANG&period=2021-10");
        var answer = JsonNode.Parse(await web.Client.GetStringAsync("/api/campaigns/LS2021/compare?units=LS-CHILANG,LS-VANLANG&period=2021-10"))!;
        using var response = await web.Client.GetAsync("/exports/compare.xlsx?" + Query);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("LS2021-compare-2021-10.xlsx");
        using var copy = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var book = WorkbookReadBack.Open(copy);

        page.Should().Contain("/exports/compare.xlsx?campaign=LS2021&amp;period=2021-10&amp;units=LS-CHILANG%2CLS-VANLANG");
        book.Title.Should().StartWith("So sánh đơn vị — ");
        var places = book.Sheets[0].DataTexts(9).ToList();
        places.Select(r => r[0]).Should().Equal("LS-CHILANG", "LS-VANLANG");
        foreach (var (unit, row) in answer["units"]!.AsArray().Zip(places))
            (Parse(row[4]), Parse(row[5])).Should().Be(((decimal?)unit!["place"]!["rank"]!.GetValue<int>(), unit["place"]!["score"]!.GetValue<decimal>()));
        book.Sheets[1].Header.Should().Equal("Mã chỉ tiêu", "Tên chỉ tiêu", "Tỷ lệ — UBND huyện Chi Lăng", "Kết quả — UBND huyện Chi Lăng",
            "Tỷ lệ — UBND huyện Văn Lãng", "Kết quả — UBND huyện Văn Lãng");
        var indicators = book.Sheets[1].DataTexts(6).ToDictionary(r => r[0]);
        foreach (var i in answer["indicators"]!.AsArray())
        {
            var cells = indicators[(string)i!["indicator"]!];
            var rows = i["rows"]!.AsArray();
            for (var n = 0; n < 2; n++)
                Parse(cells[2 + 2 * n]).Should().Be(rows[n]?["ratio"]?.GetValue<decimal>(), $"{i["indicator"]} of unit {n + 1}");
            foreach (var best in i["best"]!.AsArray())
                cells[(string)best! == "LS-CHILANG" ? 3 : 5].Should().EndWith("(cao nhất)");
        }
    }

    [Fact]
    public async Task The_places_sheet_says_tap_the_or_ca_nhan_as_the_pages_row_does_a_person_without_a_place_too()
    {
        const string units = "LS-CHILANG,LS-BGD-01,LS-SYT";
        var page = await web.Client.GetStringAsync($"/campaigns/LS2021/compare?units={units}&period=2021-10");
        var answer = JsonNode.Parse(await web.Client.GetStringAsync($"/api/campaigns/LS2021/compare?units={units}&period=2021-10"))!;
        var row = System.Text.RegularExpressions.Regex.Match(page, "<tr><th scope=\"row\">Tập thể, cá nhân</th>(.*?)</tr>").Groups[1].Value;
        var pageKinds = System.Text.RegularExpressions.Regex.Matches(row, "<td>([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
        using var copy = new MemoryStream(await web.Client.GetByteArrayAsync($"/exports/compare.xlsx?campaign=LS2021&units={units}&period=2021-10"));

        var sheet = WorkbookReadBack.Open(copy).Sheets[0];

        pageKinds.Should().Equal("Tập thể", "Cá nhân", "Tập thể");
        sheet.Header.Take(5).Should().Equal("Mã đơn vị", "Tên đơn vị", "Cụm, khối", "Tập thể, cá nhân", "Hạng trong cụm, khối");
        var rows = sheet.DataTexts(sheet.Header.Count).ToList();
        rows.Select(r => r[0]).Should().Equal("LS-CHILANG", "LS-BGD-01", "LS-SYT");
        rows.Select(r => r[3]).Should().Equal(pageKinds);
        // Where the unit has a place, its word is the ranking row's kind; LS-BGD-01 has none and still says Cá nhân.
        foreach (var (unit, cells) in answer["units"]!.AsArray().Zip(rows).Where(p => p.First!["place"] is not null))
            cells[3].Should().Be((string)unit!["place"]!["kind"]! == "collective" ? "Tập thể" : "Cá nhân");
        answer["units"]![1]!["place"].Should().BeNull();
    }

    [Fact]
    public async Task A_workbook_without_units_is_refused_as_the_api_refuses_it()
    {
        var response = await web.Client.GetAsync("/exports/compare.xlsx?campaign=LS2021");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).Should().Contain("choose at least one unit");
    }

    private static decimal? Parse(string text) => text.Length == 0 ? null : decimal.Parse(text, CultureInfo.InvariantCulture);
}
