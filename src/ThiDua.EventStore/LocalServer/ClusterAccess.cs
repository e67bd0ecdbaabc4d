using System.Text;

namespace ThiDua.EventStore.LocalServer;

/// <summary>
/// Who may connect to the local cluster: only over its Unix socket, only as the database user <c>thidua</c>, and only
/// from the operating-system user running ThiDua (peer authentication: the kernel says who is at the other end, so
/// there is no password to store or steal). No <c>host</c> line: a TCP connection is refused even if one were opened.
/// </summary>
internal sealed class ClusterAccess(string dataDir, string databaseUser)
{
    private const string Map = "thidua";

    /// <summary>Writes pg_hba.conf and pg_ident.conf; true when either changed (the server must reload them).</summary>
    public bool Write()
    {
        var hba = $"""
            # Managed by ThiDua (rewritten on every start): the private socket only, peer authentication only.
            local all {databaseUser} peer map={Map}

            """;
        // Root runs the server as postgres but connects as itself; the user who started it last is the one let in.
        var ident = $"""
            # Managed by ThiDua: the operating-system user that runs thidua may connect as {databaseUser}.
            {Map} {Environment.UserName} {databaseUser}

            """;
        var changed = WriteIfDifferent(Path.Combine(dataDir, "pg_hba.conf"), hba);
        return WriteIfDifferent(Path.Combine(dataDir, "pg_ident.conf"), ident) || changed;
    }

    private static bool WriteIfDifferent(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path, Encoding.UTF8) == content) return false;
        File.WriteAllText(path, content, new UTF8Encoding(false));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return true;
    }
}
