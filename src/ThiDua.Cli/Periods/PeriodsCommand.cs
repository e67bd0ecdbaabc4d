using System.CommandLine;
using ThiDua.Cli.Common;
using ThiDua.Periods;
using ThiDua.Periods.Locks;

namespace ThiDua.Cli.Periods;

/// <summary>
/// <c>thidua periods close|reopen --campaign C --month YYYY-MM [--reason R]</c> (SPEC §5 "Closed periods"): close a month
/// and every earlier one ("chốt số liệu"), or open a month and every later one again (a reason required). Like
/// <c>users add</c>, the command line acts with the database's rights (an administrator's); the actor recorded is the
/// system user. Exit 1 for a refusal (unknown campaign, month outside it, reopen without a reason or of an open month).
/// </summary>
public static class PeriodsCommand
{
    public static Command Create()
    {
        var periods = new Command("periods", "Chốt số liệu theo tháng / close or reopen a campaign's months");
        periods.Add(Verb("close", "Chốt số liệu đến hết tháng (tháng đó và các tháng trước không còn sửa được) / close a month and every earlier one",
            (w, c, m, reason, ct) => w.CloseAsync(c, m, Environment.UserName, reason, ct)));
        periods.Add(Verb("reopen", "Mở lại tháng đã chốt và các tháng sau (cần --reason) / reopen a closed month and every later one (needs --reason)",
            (w, c, m, reason, ct) => w.ReopenAsync(c, m, Environment.UserName, reason, ct)));
        return periods;
    }

    private static Command Verb(string name, string description, Func<PeriodLockWriter, string, YearMonth, string?, CancellationToken, Task<PeriodOutcome>> run)
    {
        var campaign = new Option<string>("--campaign") { Description = "Mã phong trào / campaign code", Required = true };
        var month = MonthOption.Create("--month", "YYYY-MM", required: true);
        var reason = new Option<string?>("--reason") { Description = "Lý do (bắt buộc khi mở lại) / reason (required to reopen)" };
        var command = new Command(name, description) { campaign, month, reason };
        command.SetAction(async (parse, ct) =>
        {
            await using var runtime = await Runtime.OpenAsync(parse, ct);
            var writer = new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock);
            var code = parse.GetValue(campaign)!;
            var outcome = await run(writer, code, parse.GetValue(month)!.Value, parse.GetValue(reason), ct);
            if (!outcome.Accepted)
            {
                Console.Error.WriteLine($"Lỗi / error: {outcome.Refusal!.Vi}");
                Console.Error.WriteLine($"  {outcome.Refusal.En}");
                return ExitCodes.Rejected;
            }
            Console.WriteLine(outcome.Changed ? $"Đã ghi / recorded ({code})." : $"Không đổi: tháng đã chốt / unchanged: the month was already closed ({code}).");
            Console.WriteLine($"{Capital(PeriodMessages.State(outcome.Locks))} / {PeriodMessages.StateEn(outcome.Locks)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
