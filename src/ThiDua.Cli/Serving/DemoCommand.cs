using System.CommandLine;
using ThiDua.Cli.Common;
using ThiDua.Formatting;
using ThiDua.Hosting;
using ThiDua.Ranking;
using ThiDua.Registry;

namespace ThiDua.Cli.Serving;

/// <summary>
/// <c>thidua demo [--no-serve] [--urls URL] [--verbose]</c>: loads the shipped seed data (idempotent), prints the campaigns and
/// who leads each ranking and how to sign in as the demo admin, then serves the dashboards until Ctrl+C (or exits, with <c>--no-serve</c>).
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var urls = WebHosting.UrlsOption();
        var verbose = WebHosting.VerboseOption();
        var noServe = new Option<bool>("--no-serve") { Description = "Chỉ nhập dữ liệu mẫu và tóm tắt, không chạy web / import and summarise only" };
        var command = new Command("demo", "Nạp dữ liệu mẫu và chạy bảng điều khiển / load the seed data and serve the dashboards") { urls, noServe, verbose };
        command.SetAction(async (parse, ct) =>
        {
            var seed = SeedData.FindDirectory();
            if (seed is null)
            {
                Console.Error.WriteLine($"Không tìm thấy thư mục seed-data / seed-data not found (looked in {AppContext.BaseDirectory} and {Environment.CurrentDirectory}).");
                return ExitCodes.Rejected;
            }
            var connection = await DatabaseLocator.ResolveAsync(parse.GetValue(GlobalOptions.Database), ct);
            string password;
            await using (var runtime = await ThiDuaRuntime.OpenAsync(connection, ct: ct))
            {
                foreach (var o in await SeedData.ImportAsync(runtime, seed, ct))
                {
                    Console.WriteLine($"{o.File,-18} {o.Rows,6} dòng/rows  +{o.Created} mới/new  ~{o.Changed} đổi/changed  ={o.Unchanged} giữ nguyên/unchanged  {o.Events} sự kiện/events");
                    if (o.Accepted) continue;
                    foreach (var e in o.Errors.Take(10)) Console.Error.WriteLine(e);
                    return ExitCodes.Rejected;
                }
                // The projections run here, not only once a server starts: the summary and the reports read them.
                await runtime.Daemon.CatchUpAsync(ct);
                await SummariseAsync(runtime, ct);
                await DemoReports.GenerateAsync(runtime, WebHosting.ReportsDirectory, ct);
                password = await Users.DemoAdmin.EnsureAsync(new Security.UserStore(runtime.DataSource, runtime.Clock), ct);
            }
            var url = parse.GetValue(urls)!;
            Users.DemoAdmin.Print(url, password);
            var localCluster = IsLocalCluster(parse.GetValue(GlobalOptions.Database));
            if (parse.GetValue(noServe))
            {
                Console.WriteLine($"Chạy / run `thidua serve --urls {url}` rồi mở / then open {url.Split(';')[0]}/");
                if (localCluster) PrintStillRunning();
                return ExitCodes.Success;
            }
            await WebHosting.RunAsync(connection, url, parse.GetValue(verbose), ct, localDatabase: localCluster);
            if (localCluster) PrintStillRunning();
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool IsLocalCluster(string? database) =>
        string.IsNullOrWhiteSpace(database) && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(DatabaseLocator.EnvironmentVariable));

    // The embedded PostgreSQL outlives the demo on purpose (the next command reuses it): say how to stop it.
    private static void PrintStillRunning() =>
        Console.WriteLine("PostgreSQL cục bộ vẫn chạy; dừng bằng / the local PostgreSQL keeps running; stop it with: thidua db stop");

    private static async Task SummariseAsync(ThiDuaRuntime runtime, CancellationToken ct)
    {
        await using var conn = await runtime.DataSource.OpenConnectionAsync(ct);
        foreach (var campaign in await RegistryQueries.CampaignsAsync(conn, ct))
        {
            var ranking = await runtime.Analytics.RankingAsync(campaign.Code, null, null, ct);
            Console.WriteLine();
            Console.WriteLine($"{campaign.Code} — {campaign.Name} (kỳ / period {ranking.Period})");
            foreach (var group in ranking.Rows.GroupBy(r => (r.Cluster, r.Kind)))
            {
                var top = group.First();
                // Collectives and individuals rank apart: say which list a "#1" heads.
                var cluster = RankingGroupName.ClusterHeading(top.Cluster, top.ClusterName);
                Console.WriteLine($"  {cluster} · {RankingGroupName.Kind(group.Key.Kind)}: #1 {top.UnitName} — {VietnameseNumber.FormatFixed(top.Score, 2)} điểm");
            }
        }
        Console.WriteLine();
    }
}
