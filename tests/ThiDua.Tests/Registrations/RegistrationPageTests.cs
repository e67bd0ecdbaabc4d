using Microsoft.AspNetCore.TestHost;
using ThiDua.Security;
using ThiDua.Tests.Security;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Registrations;

/// <summary><c>/campaigns/{c}/registrations</c>: on time, late and missing registrations, in Vietnamese, as of a time too.</summary>
public sealed class RegistrationPageTests(RegistrationWorldDatabase db) : IClassFixture<RegistrationWorldDatabase>
{
    [Fact]
    public async Task The_page_lists_who_registered_on_time_late_and_who_has_not()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "registration-viewer", Role.Viewer));

        var html = await client.GetStringAsync($"/campaigns/{RegistrationWorldDatabase.Campaign}/registrations");
        var campaignPage = await client.GetStringAsync($"/campaigns/{RegistrationWorldDatabase.Campaign}");

        html.Should().Contain("Hạn đăng ký thi đua: <strong>31/03/2025</strong>")
            .And.Contain("Danh hiệu Lao động tiên tiến: 31/03/2025 — <span class=\"status st-met\">đúng hạn</span> <span class=\"meta\">(Đăng ký đúng hạn)</span>")
            .And.Contain("Danh hiệu Lao động tiên tiến: 01/04/2025 — <span class=\"status st-notmet\">muộn (không được tính)</span>")
            .And.Contain("15/02/2025 — <span class=\"status st-met\">đúng hạn</span>");
        var missing = html[html.IndexOf("id=\"chua-dang-ky\"", StringComparison.Ordinal)..];
        // Each who takes part registered for the campaign or a title (P01, P02 for LDTT; D01 for the campaign, though it has no target here).
        missing.Should().Contain("Mọi tập thể, cá nhân tham gia đã đăng ký");
        html.Should().Contain("Phòng 1 (D01)").And.NotContain("Phòng 2 (D02)", "D02 has no target in DK2025 and did not register");
        campaignPage.Should().Contain($"href=\"/campaigns/{RegistrationWorldDatabase.Campaign}/registrations\"");
    }

    [Fact]
    public async Task As_of_before_the_registrations_everyone_is_missing()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "registration-asof", Role.Viewer));
        var asOf = Uri.EscapeDataString(db.BeforeRegistrations.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

        var html = await client.GetStringAsync($"/campaigns/{RegistrationWorldDatabase.Campaign}/registrations?asOf={asOf}");

        html.Should().NotContain("đúng hạn</span>").And.Contain("(P01)").And.Contain("(P02)");
        html[html.IndexOf("id=\"chua-dang-ky\"", StringComparison.Ordinal)..].Should().Contain("(P01)");
    }
}
