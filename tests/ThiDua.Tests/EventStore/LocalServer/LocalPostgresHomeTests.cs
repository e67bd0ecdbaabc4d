using ThiDua.EventStore.LocalServer;

namespace ThiDua.Tests.EventStore.LocalServer;

public sealed class LocalPostgresHomeTests
{
    [Fact]
    public void A_home_written_with_a_trailing_slash_is_the_same_home_and_cluster()
    {
        var home = Path.Combine(Path.GetTempPath(), "thidua-home-test");

        var withSlash = new LocalPostgres(home + Path.DirectorySeparatorChar);
        var without = new LocalPostgres(home);

        withSlash.Home.Should().Be(without.Home);
        withSlash.ClusterDir.Should().Be(without.ClusterDir);
    }
}
