using System.CommandLine;
using ThiDua.Cli.Analytics;
using ThiDua.Periods;

namespace ThiDua.Cli.Reporting;

/// <summary>The options of <c>report monthly|summary</c>; <c>--as-of</c> parses like the query verbs' (local time = +07:00).</summary>
public sealed class ReportOptionSet
{
    private readonly QueryOptions _query = new();

    public Option<string> Campaign => _query.Campaign;

    public Option<DateTimeOffset?> AsOf => _query.AsOf;

    public Option<YearMonth?> Month { get; } = Common.MonthOption.Create("--month", "YYYY-MM", required: true);

    public Option<DirectoryInfo> Out { get; } = new("--out") { Description = "Thư mục ghi báo cáo / output folder", Required = true };

    public void AddTo(Command command, bool withMonth)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(Campaign);
        if (withMonth) command.Add(Month);
        command.Add(Out);
        command.Add(AsOf);
    }
}
