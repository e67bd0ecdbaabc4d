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

    [Fact]
    public void A_cluster_folder_that_cannot_be_made_says_which_THIDUA_HOME_why_and_how_to_fix_it_in_both_languages()
    {
        // A file where a folder of the path belongs: refused even to root (who writes anywhere else).
        var file = Path.Combine(Path.GetTempPath(), "thidua-home-file-" + Guid.NewGuid().ToString("N")[..8]);
        File.WriteAllText(file, "");
        try
        {
            var home = Path.Combine(file, "home");
            var local = new LocalPostgres(home, clusterDir: Path.Combine(home, "postgres"));

            var start = () => local.Start();

            var message = start.Should().Throw<LocalPostgresException>().Which.Message;
            message.Should().Contain($"THIDUA_HOME={home}").And.Contain("Không tạo được thư mục cơ sở dữ liệu cục bộ")
                .And.Contain("Cannot create the local database folder").And.Contain("part of the path is a file")
                .And.Contain("Set THIDUA_HOME to a folder you can write");
            message.Should().Be(message.Normalize(System.Text.NormalizationForm.FormC));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
