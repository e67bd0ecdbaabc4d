using System.CommandLine;
using ThiDua.Analytics.Querying;
using ThiDua.Cli.Usage;
using ThiDua.Periods;

namespace ThiDua.Cli.Analytics;

/// <summary>The options shared by <c>attainment</c>, <c>ranking</c>, <c>awards</c>, <c>submissions</c> and (without a campaign) <c>history</c>.</summary>
public sealed class QueryOptions
{
    public Option<string> Campaign { get; } = new("--campaign") { Description = "Mã phong trào / campaign code", Required = true };

    public Option<YearMonth?> Period { get; } =
        Common.MonthOption.Create("--period", "YYYY-MM (mặc định: tháng mới nhất có số liệu / default: latest month with data)");

    public Option<DateTimeOffset?> AsOf { get; } = new("--as-of")
    {
        Description = "ISO 8601, ví dụ / e.g. 2024-07-05T08:00:00+07:00",
        HelpName = "TIMESTAMP",
        CustomParser = r =>
        {
            var text = r.Tokens.Single().Value;
            if (AsOfParser.TryParse(text, out var at)) return at;
            UsageMessages.Add(r, $"--as-of '{text}' không hợp lệ: ghi theo {AsOfParser.ExpectedVi}.",
                $"--as-of '{text}' is not valid: write {AsOfParser.ExpectedEn}.");
            return null;
        },
    };

    public Option<string> Format { get; } = Common.OutputFormat.Option(withXlsx: true);

    /// <summary>The workbook <c>--format xlsx</c> writes (a binary file never goes to the console).</summary>
    public Option<FileInfo> Out { get; } = new("--out") { Description = "Tệp .xlsx cần ghi (với --format xlsx) / the .xlsx file to write (with --format xlsx)" };

    public void AddTo(Command command, bool withPeriod = true, bool withCampaign = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (withCampaign) command.Add(Campaign);
        if (withPeriod) command.Add(Period);
        command.Add(AsOf);
        command.Add(Format);
        command.Add(Out);
        command.Validators.Add(r =>
        {
            string? format;
            try
            {
                format = r.GetValue(Format);
            }
            catch (InvalidOperationException)
            {
                return; // a --format the option itself refused: its own error says so
            }
            var xlsx = format == "xlsx";
            if (xlsx && r.GetValue(Out) is null)
                UsageMessages.Add(r, "--format xlsx cần --out TỆP.xlsx (tệp Excel sẽ ghi).", "--format xlsx needs --out FILE.xlsx (the Excel file to write).");
            else if (!xlsx && r.GetValue(Out) is not null)
                UsageMessages.Add(r, "--out chỉ dùng với --format xlsx; các dạng khác ghi ra màn hình (chuyển hướng bằng > TỆP).",
                    "--out goes with --format xlsx only; the other formats write to the console (redirect them with > FILE).");
        });
    }
}
