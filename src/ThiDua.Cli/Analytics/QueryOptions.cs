using System.CommandLine;
using ThiDua.Analytics.Querying;
using ThiDua.Periods;

namespace ThiDua.Cli.Analytics;

/// <summary>The options shared by <c>attainment</c>, <c>ranking</c> and <c>awards</c>.</summary>
public sealed class QueryOptions
{
    public Option<string> Campaign { get; } = new("--campaign") { Description = "Mã phong trào / campaign code", Required = true };

    public Option<YearMonth?> Period { get; } =
        Common.MonthOption.Create("--period", "YYYY-MM (mặc định: tháng mới nhất có số liệu / default: latest month with data)");

    public Option<DateTimeOffset?> AsOf { get; } = new("--as-of")
    {
        Description = "ISO 8601, ví dụ / e.g. 2024-07-05T08:00:00+07:00",
        CustomParser = r =>
        {
            var text = r.Tokens.Single().Value;
            if (AsOfParser.TryParse(text, out var at)) return at;
            r.AddError($"--as-of '{text}' không hợp lệ / is not valid: {AsOfParser.Expected}.");
            return null;
        },
    };

    public Option<string> Format { get; } = Common.OutputFormat.Option(withXlsx: true);

    /// <summary>The workbook <c>--format xlsx</c> writes (a binary file never goes to the console).</summary>
    public Option<FileInfo> Out { get; } = new("--out") { Description = "Tệp .xlsx cần ghi (với --format xlsx) / the .xlsx file to write (with --format xlsx)" };

    public void AddTo(Command command, bool withPeriod = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Add(Campaign);
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
                r.AddError("--format xlsx cần --out TỆP.xlsx / --format xlsx needs --out FILE.xlsx.");
            else if (!xlsx && r.GetValue(Out) is not null)
                r.AddError("--out chỉ dùng với --format xlsx / --out goes with --format xlsx only.");
        });
    }
}
