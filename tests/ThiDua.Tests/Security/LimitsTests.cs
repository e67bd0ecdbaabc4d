using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ThiDua.Web.Security;

namespace ThiDua.Tests.Security;

/// <summary>Upload size, rows per file and sign-in attempts are limited, with clear bilingual answers.</summary>
public class LimitsTests(LimitsTests.SmallLimits web) : IClassFixture<LimitsTests.SmallLimits>
{
    public sealed class SmallLimits : SecuredWebApp
    {
        protected override SecurityLimits Limits => new() { MaxUploadBytes = 4096, MaxImportRows = 5, SignInAttemptsPerMinute = 3 };
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_is_a_413_with_a_clear_message()
    {
        using var client = web.ClientWith(web.AnalystToken);
        var csv = new StringBuilder("campaign;unit;indicator;period;value\n");
        while (csv.Length < 5000) csv.Append("BK2022;BK-TTBCXB;BK22-01;2022-07;12\n");

        var response = await client.PostAsync("/api/imports/measurements?dryRun=true", SecurityRequests.Csv(csv.ToString()));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var detail = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
        detail.Should().Contain("Tệp quá lớn").And.Contain("file is too large").And.Contain("0 MB");
    }

    [Fact]
    public async Task An_upload_over_the_size_limit_on_the_page_is_a_413_page()
    {
        using var session = web.NewSession();
        await session.SignInAsync("admin", TestUsers.Password);
        var af = await session.FormTokenAsync("/imports");

        var response = await session.Client.PostAsync("/imports", SecurityRequests.Csv(new string('x', 5000), antiforgery: af, kind: "measurements"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadAsStringAsync()).Should().Contain("Tệp quá lớn").And.Contain("<html");
    }

    [Fact]
    public async Task A_file_with_more_rows_than_allowed_is_rejected_before_anything_is_written()
    {
        using var client = web.ClientWith(web.AnalystToken);
        var before = await web.ScalarAsync("select count(*) from es_events");
        var csv = "campaign;unit;indicator;period;value\n" + string.Concat(Enumerable.Range(1, 6).Select(m => $"BK2022;BK-TTBCXB;BK22-01;2022-{m:00};12\n"));

        var response = await client.PostAsync("/api/imports/measurements", SecurityRequests.Csv(csv));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        ((string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!).Should().Contain("tối đa 5 dòng").And.Contain("at most 5 data lines");
        (await web.ScalarAsync("select count(*) from es_events")).Should().Be(before);
    }

    [Fact]
    public async Task A_file_the_page_refuses_for_its_rows_is_not_left_in_the_uploads_folder()
    {
        using var session = web.NewSession();
        await session.SignInAsync("admin", TestUsers.Password);
        var af = await session.FormTokenAsync("/imports");
        var marker = "kiem-tra-" + Guid.NewGuid().ToString("N");
        var csv = "campaign;unit;indicator;period;value;note\n" + string.Concat(Enumerable.Range(1, 6).Select(m => $"BK2022;BK-TTBCXB;BK22-01;2022-{m:00};12;{marker}\n"));

        var response = await session.Client.PostAsync("/imports", SecurityRequests.Csv(csv, antiforgery: af, kind: "measurements"));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var uploads = Path.Combine(Path.GetTempPath(), "thidua-test-uploads");
        Directory.GetFiles(uploads).Should().NotContain(f => File.ReadAllText(f).Contains(marker), "a refused upload is deleted at once");
    }

    [Fact]
    public async Task A_file_at_the_row_limit_is_accepted()
    {
        using var client = web.ClientWith(web.AnalystToken);
        var csv = "campaign;unit;indicator;period;value\n" + string.Concat(Enumerable.Range(1, 5).Select(m => $"BK2022;BK-TTBCXB;BK22-01;2022-{m:00};12\n"));

        var response = await client.PostAsync("/api/imports/measurements?dryRun=true", SecurityRequests.Csv(csv));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_for_one_user_get_429_while_another_user_still_signs_in()
    {
        using var session = web.NewSession();
        for (var i = 0; i < 3; i++)
            (await session.SignInAsync("viewer", "wrong-password-" + i)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var blocked = await session.SignInAsync("viewer", TestUsers.Password);

        blocked.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await blocked.Content.ReadAsStringAsync()).Should().Contain("Quá nhiều lần đăng nhập").And.Contain("too many sign-in attempts");
        blocked.Headers.Contains("Set-Cookie").Should().BeFalse();
        (await session.SignInAsync("analyst", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
