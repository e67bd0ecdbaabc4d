namespace ThiDua.Browser.Tests;

/// <summary>
/// On a phone (390 px) a table's name column keeps room for a name: the award candidates' and the decisions' names
/// come second, after the form, and were squeezed to one word a line ("Phòng / Bưu / chính / …") beside a wide status.
/// </summary>
[Collection(BrowserCollection.Name)]
public class PhoneTablesBrowserTests(BrowserApp app)
{
    [Theory]
    [InlineData("/campaigns/KG2021")]
    [InlineData("/campaigns/KG2021/units/KG-BCVT")]
    [InlineData("/dashboards/leadership?campaign=KG2021")]
    public async Task The_award_tables_name_column_keeps_its_room_on_a_phone(string url)
    {
        var page = await app.NewPageAsync(390);
        await page.GotoAsync(app.BaseUrl + url);
        await BrowserApp.ScreenshotAsync(page, "award-names-390-" + url.Replace('/', '_').Replace('?', '_'));

        var widths = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            () => [parseFloat(getComputedStyle(document.documentElement).fontSize),
                   [...document.querySelectorAll('table.award-candidates td:nth-child(2)')].map(td => td.getBoundingClientRect().width),
                   [...document.querySelectorAll('table.decisions td:nth-child(2)')].map(td => td.getBoundingClientRect().width)]
            """);
        var rem = widths[0].GetDouble();
        var candidates = widths[1].EnumerateArray().Select(w => w.GetDouble()).ToList();
        var decisions = widths[2].EnumerateArray().Select(w => w.GetDouble()).ToList();

        candidates.Should().NotBeEmpty($"{url} lists award candidates");
        candidates.Concat(decisions).Should().OnlyContain(w => w >= 8.5 * rem - 1, "a name column keeps 8.5rem, as the other tables' first column does");
    }

    [Fact]
    public async Task The_registrations_cluster_column_keeps_its_room_on_a_phone()
    {
        var page = await app.NewPageAsync(390);
        await page.GotoAsync(app.BaseUrl + "/campaigns/KG2021/registrations");
        await BrowserApp.ScreenshotAsync(page, "registrations-390");

        var widths = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            () => [parseFloat(getComputedStyle(document.documentElement).fontSize),
                   [...document.querySelectorAll('table.registrations td:nth-child(3)')].map(td => td.getBoundingClientRect().width)]
            """);
        var rem = widths[0].GetDouble();
        var clusters = widths[1].EnumerateArray().Select(w => w.GetDouble()).ToList();

        clusters.Should().NotBeEmpty("KG2021 lists its units' registrations");
        clusters.Should().OnlyContain(w => w >= 7 * rem - 1, "a cluster's name is not one word a line");
    }

    [Fact]
    public async Task The_submissions_unit_and_missing_columns_keep_their_room_on_a_phone()
    {
        // LS2021's huyện owe figures every month from June (the election turnout): the table is never empty there.
        var page = await app.NewPageAsync(390);
        await page.GotoAsync(app.BaseUrl + "/campaigns/LS2021/submissions?period=2021-08");
        await BrowserApp.ScreenshotAsync(page, "submissions-390");

        var widths = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            () => [parseFloat(getComputedStyle(document.documentElement).fontSize),
                   [...document.querySelectorAll('table.submissions td:nth-child(2), table.submissions td:nth-child(5)')].map(td => td.getBoundingClientRect().width)]
            """);
        var rem = widths[0].GetDouble();
        var columns = widths[1].EnumerateArray().Select(w => w.GetDouble()).ToList();

        columns.Should().NotBeEmpty("LS2021's huyện owe August's turnout figure");
        columns.Should().OnlyContain(w => w >= 8.5 * rem - 1, "a unit's name and an indicator's name are not one word a line");
    }

    [Fact]
    public async Task A_units_record_keeps_room_for_the_campaign_its_place_and_its_awards_on_a_phone()
    {
        // BK-CNTT takes part in BK2021-BAUCU and BK2022, with a Cờ thi đua and a Giấy khen proposed in 2022.
        var page = await app.NewPageAsync(390);
        await page.GotoAsync(app.BaseUrl + "/units/BK-CNTT");
        await BrowserApp.ScreenshotAsync(page, "unit-history-390");

        var widths = await page.EvaluateAsync<System.Text.Json.JsonElement>("""
            () => [parseFloat(getComputedStyle(document.documentElement).fontSize),
                   [...document.querySelectorAll('table.history tbody th:first-child, table.history tbody td:nth-child(7)')].map(c => c.getBoundingClientRect().width),
                   [...document.querySelectorAll('table.history tbody td:nth-child(5)')].map(c => c.getBoundingClientRect().width)]
            """);
        var rem = widths[0].GetDouble();
        var names = widths[1].EnumerateArray().Select(w => w.GetDouble()).ToList();
        var places = widths[2].EnumerateArray().Select(w => w.GetDouble()).ToList();

        names.Should().HaveCount(2 * 2, "two campaigns, each with its name and its awards cell");
        names.Should().OnlyContain(w => w >= 8.5 * rem - 1, "a campaign's name and an award's form are not one word a line");
        places.Should().OnlyContain(w => w >= 7 * rem - 1, "the place names its cụm, khối");
    }
}
