using ThiDua.Hosting;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Periods.Locks;

namespace ThiDua.Cli.Serving;

/// <summary>
/// The seed's <c>periods.csv</c> (<c>campaign;month;reason</c>, not an import kind): the closes the demo makes, as
/// <c>thidua periods close</c> would, before the council's decisions (accepted only once a campaign's last month is
/// closed). Closing twice changes nothing. Reported like an import, so the demo lists it with the files.
/// </summary>
public static class SeedPeriods
{
    public const string File = "periods.csv";

    public static async Task<ImportOutcome> CloseAsync(ThiDuaRuntime runtime, string path, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var writer = new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock);
        var (rows, closed, unchanged) = (0, 0, 0);
        var errors = new List<ImportError>();
        var lines = await System.IO.File.ReadAllLinesAsync(path, ct);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            rows++;
            var cells = lines[i].Split(';', 3);
            if (cells.Length < 2 || !YearMonth.TryParse(cells[1], out var month))
            {
                errors.Add(new ImportError(i + 1, "month", cells.ElementAtOrDefault(1), "Cần 'phong trào;tháng (YYYY-MM);lý do'.", "Expected 'campaign;month (YYYY-MM);reason'."));
                continue;
            }
            var outcome = await writer.CloseAsync(cells[0].Trim(), month, actor, cells.Length > 2 ? cells[2].Trim().Trim('"') : null, ct);
            if (!outcome.Accepted) errors.Add(new ImportError(i + 1, "month", cells[1], outcome.Refusal!.Vi, outcome.Refusal.En));
            else if (outcome.Changed) closed++;
            else unchanged++;
        }
        return new ImportOutcome(File, "periods", errors.Count == 0, false, rows, closed, 0, unchanged, closed, errors);
    }
}
