using System.CommandLine;
using ThiDua.Cli.Common;
using ThiDua.Cli.Database;
using ThiDua.Cli.Projections;

namespace ThiDua.Cli;

/// <summary>The <c>thidua</c> command and its verbs (Program parses with it; the tests read its usage errors).</summary>
public static class CliRoot
{
    public static RootCommand Create()
    {
        var root = new RootCommand("ThiDua — phân tích chỉ tiêu thi đua / emulation campaign analytics");
        root.Add(GlobalOptions.Database);
        root.Add(DbCommand.Create());
        root.Add(ProjectionsCommand.Create());
        root.Add(Importing.ImportCommand.Create());
        root.Add(Periods.PeriodsCommand.Create());
        root.Add(Serving.ServeCommand.Create());
        root.Add(Serving.DemoCommand.Create());
        foreach (var command in Analytics.AnalyticsCommands.Create()) root.Add(command);
        root.Add(UnitHistory.HistoryCommand.Create());
        root.Add(PreviousYear.PreviousYearCommand.Create());
        root.Add(Comparing.CompareCommand.Create());
        root.Add(Reporting.ReportCommand.Create());
        root.Add(Users.UsersCommand.Create());
        return root;
    }
}
