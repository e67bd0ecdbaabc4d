using System.Net;
using System.Text.RegularExpressions;

namespace ThiDua.Tests.Security;

/// <summary>The "every change" CSV of a pending upload is named after the uploaded file, whatever its characters.</summary>
public sealed partial class ChangesDownloadTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Theory]
    [InlineData("Số liệu tháng 7.csv", "changes-Số liệu tháng 7.csv")]
    [InlineData("Tổng hợp (đợt 1).csv", "changes-Tổng hợp (đợt 1).csv")]
    public async Task The_changes_csv_of_a_file_named_in_Vietnamese_downloads_under_that_name(string fileName, string expected)
    {
        using var session = web.NewSession();
        await session.SignInAsync("analyst", TestUsers.Password);
        var af = await session.FormTokenAsync("/imports");
        var checkedPage = await session.Client.PostAsync("/imports", SecurityRequests.Csv(
            "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-07;12\n", fileName, af, "measurements"));
        var link = ChangesLink().Match(await checkedPage.Content.ReadAsStringAsync());
        link.Success.Should().BeTrue("a valid file is offered its changes as CSV");

        var response = await session.Client.GetAsync(link.Value);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        // Kestrel refuses a header that is not ASCII (a 500 in production): the name travels as filename*=UTF-8''…
        var header = string.Join(",", response.Content.Headers.GetValues("Content-Disposition"));
        header.Should().MatchRegex("^[\\x20-\\x7e]+$");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be(expected);
    }

    [GeneratedRegex("/imports/[0-9a-f]+/changes\\.csv")]
    private static partial Regex ChangesLink();
}
