using ThiDua.Security;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Security;

/// <summary>
/// A role change may not leave the office without an administrator who can sign in: the only admin demoting themselves
/// on /users locked everyone out of managing users. An admin without a way in (revoked) does not count; one with only
/// a token does.
/// </summary>
public sealed class LastAdministratorTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task Demoting_the_last_admin_who_can_sign_in_is_refused_until_another_one_can()
    {
        var clock = TimeProvider.System;
        var users = new UserStore(db.DataSource, clock);
        var changes = new UserChanges(db.DataSource, clock);
        await users.AddAsync("qt.mot", Role.Admin, TestUsers.Password);
        await users.AddAsync("qt.da.nghi", Role.Admin, TestUsers.Password);
        await users.RevokeAsync("qt.da.nghi");
        await users.AddAsync("pt.hai", Role.Analyst, TestUsers.Password);

        var alone = () => changes.SetRoleAsync("qt.mot", Role.Viewer);
        (await alone.Should().ThrowAsync<UserRejectedException>())
            .Which.Message.Should().Contain("quản trị viên duy nhất").And.Contain("only administrator").And.Contain("--role admin");
        (await users.FindAsync("qt.mot"))!.Role.Should().Be(Role.Admin, "nothing changed");
        (await changes.SetRoleAsync("qt.mot", Role.Admin)).Should().Be(Role.Admin, "keeping the role is no demotion");

        // A token-only administrator can still administer (the API), so the first may step down.
        await changes.SetRoleAsync("pt.hai", Role.Admin);
        await users.RevokeAsync("pt.hai");
        await changes.IssueTokenAsync("pt.hai");
        (await changes.SetRoleAsync("qt.mot", Role.Analyst)).Should().Be(Role.Admin);

        var last = () => changes.SetRoleAsync("pt.hai", Role.Viewer);
        await last.Should().ThrowAsync<UserRejectedException>();
        (await changes.SetRoleAsync("qt.mot", Role.Admin)).Should().Be(Role.Analyst);
        (await changes.SetRoleAsync("pt.hai", Role.Viewer)).Should().Be(Role.Admin);
    }
}
