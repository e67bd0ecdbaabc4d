using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using ThiDua.Security;
using ThiDua.Tests.Security;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Registrations;

/// <summary>
/// A clerk checks who has not registered (KG2021: ten staff registered "Lao động tiên tiến" only): the page said
/// "11 chưa đăng ký" over a list "Chưa đăng ký" of one, and marked each of the ten "Chưa đăng ký" in red beside the
/// title they registered. The sentence now counts as the list does, and a title-only row is not marked as missing.
/// </summary>
public sealed partial class TitleOnlyRegistrationCountTests(RegistrationWorldDatabase db) : IClassFixture<RegistrationWorldDatabase>
{
    [Fact]
    public async Task Those_who_registered_a_title_only_are_counted_apart_from_those_who_registered_nothing()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "registration-clerk", Role.Viewer));

        var html = await client.GetStringAsync($"/campaigns/{RegistrationWorldDatabase.Campaign}/registrations");

        // D01 registered the campaign on time; P01 and P02 registered LDTT only (P02 late); nobody registered nothing.
        html.Should().Contain("Đăng ký phong trào: <strong>1</strong> đúng hạn, <strong>0</strong> muộn; chỉ đăng ký danh hiệu, hình thức: <strong>2</strong>; "
            + "chưa đăng ký: <strong>0</strong> (trên 3 tập thể, cá nhân tham gia).");
        html[html.IndexOf("id=\"chua-dang-ky\"", StringComparison.Ordinal)..].Should().Contain("Mọi tập thể, cá nhân tham gia đã đăng ký");
        foreach (var person in new[] { "(P01)", "(P02)" })
        {
            var row = RowOf().Matches(html).Select(m => m.Value).Single(r => r.Contains(person, StringComparison.Ordinal));
            row.Should().NotContain("Chưa đăng ký", $"{person} registered a title, which counts").And.Contain("đăng ký theo danh hiệu, hình thức")
                .And.Contain("<td>Không thuộc cụm, khối</td>", "the world's units have no cluster, which is said, not left as '—'");
        }
    }

    [Fact]
    public async Task Before_anyone_registered_everyone_taking_part_is_counted_and_marked_as_not_registered()
    {
        await using var app = await WebTestHost.StartAsync(db.ConnectionString);
        using var client = app.GetTestClient().WithToken(await TestUsers.AddAsync(db.DataSource, "registration-clerk-asof", Role.Viewer));
        var asOf = Uri.EscapeDataString(db.BeforeRegistrations.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

        var html = await client.GetStringAsync($"/campaigns/{RegistrationWorldDatabase.Campaign}/registrations?asOf={asOf}");

        html.Should().Contain("<strong>0</strong> đúng hạn, <strong>0</strong> muộn; chưa đăng ký: <strong>2</strong> (trên 2")
            .And.NotContain("chỉ đăng ký danh hiệu");
        RowOf().Matches(html).Count(m => m.Value.Contains("Chưa đăng ký", StringComparison.Ordinal)).Should().Be(2, "P01 and P02 take part (rated), D01 only by registering");
    }

    [GeneratedRegex("<tr><td>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowOf();
}
