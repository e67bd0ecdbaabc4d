using System.Diagnostics;

namespace ThiDua.EventStore.LocalServer;

/// <summary>Runs a server binary, as the <c>postgres</c> user when we are root (PostgreSQL refuses to run as root).</summary>
internal static class ProcessRunner
{
    public static bool IsRoot => Environment.UserName == "root" || (OperatingSystem.IsLinux() && GetUid() == 0);

    public static (int ExitCode, string Output) Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (IsRoot)
        {
            psi.FileName = Tool("runuser");
            foreach (var a in new[] { "-u", "postgres", "--", file }) psi.ArgumentList.Add(a);
        }
        else psi.FileName = file;
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(psi)!;
        // pg_ctl start leaves the server holding our pipes open: read asynchronously and stop waiting once pg_ctl exits.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(2));
        var output = (stdout.IsCompletedSuccessfully ? stdout.Result : "") + (stderr.IsCompletedSuccessfully ? stderr.Result : "");
        return (process.ExitCode, output);
    }

    public static void Chown(string path)
    {
        if (!IsRoot) return;
        var psi = new ProcessStartInfo(Tool("chown"), ["-R", "postgres:postgres", path]) { UseShellExecute = false };
        using var p = Process.Start(psi)!;
        p.WaitForExit();
    }

    // By full path where it is known: cron's PATH (/usr/bin:/bin) leaves out /usr/sbin, where runuser lives.
    private static string Tool(string name) =>
        new[] { "/usr/sbin/", "/sbin/", "/usr/bin/", "/bin/" }.Select(d => d + name).FirstOrDefault(File.Exists)
        ?? throw new LocalPostgresException(
            $"Không tìm thấy lệnh '{name}' (gói util-linux / coreutils) / the '{name}' command was not found: as root, PostgreSQL runs as the postgres user through it.");

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetUid();
}
