using System.Net;
using System.Net.Sockets;
using FluentAssertions;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Npgsql;
using ThiDua.Tests.Infrastructure;
using ThiDua.Web.Replicas;
using Xunit;

namespace ThiDua.Tests.Web.Replicas;

/// <summary>
/// Read-your-writes must hold when the primary cannot say where its log is (seen once under heavy load: a writer's next
/// page came from the standby because no cookie had been set). Both cases against real PostgreSQL servers: the test
/// database, and a port where no server listens.
/// </summary>
public sealed class OwnWritesTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task A_write_whose_position_the_primary_cannot_give_still_sends_that_browser_to_the_primary_for_a_minute()
    {
        await using var unreachable = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={FreePort()};Username=nobody;Timeout=2");
        var context = new DefaultHttpContext();

        await OwnWrites.NoteAsync(context, unreachable, CancellationToken.None);

        var cookie = SetCookie(context);
        cookie.Value.ToString().Should().Be(OwnWrites.Unknown);
        cookie.MaxAge.Should().Be(OwnWrites.UnknownFor);
        OwnWrites.NotYetReplayed(cookie.Value.ToString(), replayedLsn: long.MaxValue).Should()
            .BeTrue("a standby however far along may not have a write whose position is unknown");
    }

    [Fact]
    public async Task A_write_on_a_reachable_primary_sends_that_browser_to_the_primary_only_until_the_standby_has_replayed_it()
    {
        var context = new DefaultHttpContext();

        await OwnWrites.NoteAsync(context, db.DataSource, CancellationToken.None);

        var lsn = long.Parse(SetCookie(context).Value.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        lsn.Should().BePositive();
        OwnWrites.NotYetReplayed(lsn.ToString(System.Globalization.CultureInfo.InvariantCulture), lsn - 1).Should().BeTrue();
        OwnWrites.NotYetReplayed(lsn.ToString(System.Globalization.CultureInfo.InvariantCulture), lsn).Should().BeFalse();
        OwnWrites.NotYetReplayed(null, 0).Should().BeFalse("a browser that wrote nothing reads from the standby");
        OwnWrites.NotYetReplayed("forged", 0).Should().BeFalse();
    }

    private static SetCookieHeaderValue SetCookie(HttpContext context) =>
        SetCookieHeaderValue.ParseList(context.Response.Headers.SetCookie.Select(v => v ?? "").ToList())
            .Should().ContainSingle(c => c.Name == OwnWrites.Cookie).Subject;

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
