using System.Text;
using ThiDua.Security;
using ThiDua.Tests.Cli;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>
/// An admin types a colleague's full name, as written in Vietnamese (NFC from one keyboard, NFD from another), or their
/// e-mail address: the refusal said only which characters are allowed, and now offers the name to use. A name taken in
/// another case says that names ignore case.
/// </summary>
public sealed class UserNameHintTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private Task<CliResult> Run(params string[] args) => ThiDuaProcess.RunAsync([.. args, "--database", db.ConnectionString]);

    [Theory]
    [InlineData("Nguyễn Văn Á", NormalizationForm.FormC, "nguyen.van.a")]
    [InlineData("Nguyễn Văn Á", NormalizationForm.FormD, "nguyen.van.a")]
    [InlineData("Đặng Thị Hồng-Nhung", NormalizationForm.FormC, "dang.thi.hong-nhung")]
    [InlineData("an.tran@sonoivu.gov.vn", NormalizationForm.FormC, "an.tran.sonoivu.gov.vn")]
    public async Task A_full_name_or_an_address_is_refused_with_the_name_to_use(string typed, NormalizationForm form, string suggested)
    {
        var add = await Run("users", "add", typed.Normalize(form), "--role", "viewer");

        add.ExitCode.Should().Be(1, add.ToString());
        add.Stderr.Should().Contain("không hợp lệ").And.Contain("invalid user name")
            .And.Contain($"thử '{suggested}'").And.Contain($"try '{suggested}'");
        add.Stderr.IsNormalized(NormalizationForm.FormC).Should().BeTrue(add.Stderr);
        (await new UserStore(db.DataSource, TimeProvider.System).ListAsync()).Select(u => u.Name).Should().NotContain(suggested);
    }

    [Fact]
    public void The_suggested_name_is_taken_as_it_is()
    {
        var suggested = UserNames.Suggest("Lê Thị Ðào Đức".Normalize(NormalizationForm.FormD));

        suggested.Should().Be("le.thi.dao.duc");
        UserNames.Validate(suggested).Should().Be(suggested);
        UserNames.Suggest("@@@ ").Should().BeNull();
    }

    [Fact]
    public async Task A_name_taken_in_another_case_says_names_ignore_case()
    {
        (await Run("users", "add", "hoa.le", "--role", "viewer")).ExitCode.Should().Be(0);

        var again = await Run("users", "add", "Hoa.LE", "--role", "admin");

        again.ExitCode.Should().Be(1, again.ToString());
        again.Stderr.Should().Contain("đã có").And.Contain("không phân biệt chữ hoa, thường").And.Contain("names ignore case")
            .And.Contain("thidua users role");
    }
}
