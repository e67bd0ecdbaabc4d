using System.Net;
using ThiDua.Tests.Security;
using ThiDua.Web.Html;

namespace ThiDua.Tests.Web;

/// <summary>
/// A refusal written "tiếng Việt / English" on a page marks its English half lang="en", so a screen reader reads it
/// with an English voice and not the page's Vietnamese one.
/// </summary>
public sealed class BilingualTextTests(SecuredWebApp web) : IClassFixture<SecuredWebApp>
{
    [Fact]
    public void A_pair_marks_its_english_half_and_encodes_both()
    {
        BilingualText.For("Không có đơn vị '<x>' / unit '<x>' does not exist.").Should()
            .Be("Không có đơn vị &#39;&lt;x&gt;&#39; / <span lang=\"en\">unit &#39;&lt;x&gt;&#39; does not exist.</span>");
    }

    [Theory]
    [InlineData("Chỉ tiếng Việt")]
    [InlineData("Lỗi một / error one. Lỗi hai / error two.")]
    public void A_message_that_is_not_one_pair_is_left_in_one_voice(string message)
    {
        BilingualText.For(message).Should().Be(Html.Encode(message));
    }

    [Fact]
    public async Task A_refused_sign_in_reads_its_english_half_in_english()
    {
        using var session = web.NewSession();

        var refused = await session.SignInAsync("admin", "not-the-password");

        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).Should()
            .Contain("role=\"alert\">Sai tên đăng nhập hoặc mật khẩu / <span lang=\"en\">wrong user name or password.</span></p>");
    }

    [Fact]
    public async Task An_error_page_reads_its_english_half_in_english()
    {
        using var session = web.NewSession();
        (await session.SignInAsync("viewer", TestUsers.Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var missing = await session.Client.GetAsync("/campaigns/LS2021/units/KHONG-CO");

        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        WebUtility.HtmlDecode(await missing.Content.ReadAsStringAsync()).Should()
            .Contain("role=\"alert\">Không có đơn vị 'KHONG-CO' / <span lang=\"en\">unit 'KHONG-CO' does not exist.</span></p>");
    }
}
