using System.CommandLine;
using Npgsql;
using ThiDua.Cli.Common;
using ThiDua.Hosting;
using static ThiDua.Cli.Database.BilingualNumber;

namespace ThiDua.Cli.Database;

/// <summary>
/// <c>thidua db restore FILE [--replace]</c>: the database becomes the backup, whole — events with their sequence, read
/// models with their checkpoints, users, tokens and sessions' keys, the scheduler's state. It refuses a database that
/// holds events or users unless told <c>--replace</c>, and one another program has open (a running <c>thidua serve</c>
/// would go on from its memory of the old data). A backup older than this release is brought up to date at once.
/// </summary>
public static class DbRestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp sao lưu (thidua db backup, pg_dump -Fc hoặc SQL của pg_dump) / the backup (thidua db backup, pg_dump -Fc or pg_dump's SQL)" };
        var replace = new Option<bool>("--replace")
        {
            Description = "Thay thế dữ liệu cơ sở dữ liệu đang có / replace the data the database holds",
        };
        var restore = new Command("restore", "Khôi phục cơ sở dữ liệu từ tệp sao lưu / restore the database from a backup file") { file, replace };
        restore.SetAction(async (parse, ct) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists)
            {
                Console.Error.WriteLine($"Không tìm thấy tệp sao lưu / backup file not found: '{source.FullName}'. Kiểm tra đường dẫn / check the path.");
                return ExitCodes.Rejected;
            }
            var format = BackupFile.FormatOf(source.FullName);
            if (format == BackupFormat.NotADump)
            {
                Console.Error.WriteLine($"'{source.FullName}' không phải tệp sao lưu của pg_dump (định dạng custom hoặc SQL; tệp .gz hãy giải nén trước) / "
                    + "is not a pg_dump backup (custom format or plain SQL; gunzip a .gz file first). Không có gì được ghi / nothing was written.");
                return ExitCodes.Rejected;
            }
            var database = new NpgsqlConnectionStringBuilder(await DatabaseLocator.ResolveAsync(parse.GetValue(GlobalOptions.Database), ct, created: Console.Error.WriteLine));
            var where = DatabaseLocator.Described;
            var target = await RestoreTarget.ReadAsync(database, ct);
            if (target.OtherSessions > 0)
            {
                Console.Error.WriteLine($"Có {target.OtherSessions} kết nối khác đang mở cơ sở dữ liệu ({where}) — thidua serve, demo hay psql? Dừng chúng rồi chạy lại. / "
                    + $"{target.OtherSessions} other connection(s) have the database open (thidua serve, demo or psql?): stop them, then run this again. Không có gì được ghi / nothing was written.");
                return ExitCodes.Rejected;
            }
            if (target.HoldsData && !parse.GetValue(replace))
            {
                Console.Error.WriteLine($"Cơ sở dữ liệu ({where}) đang có {Vi(target.Events)} sự kiện và {Vi(target.Users)} người dùng; khôi phục sẽ thay thế tất cả. "
                    + $"Sao lưu trước (thidua db backup TỆP) rồi thêm --replace. / the database holds {En(target.Events)} event(s) and {En(target.Users)} user(s); "
                    + "a restore replaces all of it: back it up first (thidua db backup FILE), then add --replace. Không có gì được ghi / nothing was written.");
                return ExitCodes.Rejected;
            }
            var started = System.Diagnostics.Stopwatch.StartNew();
            if (await RestoreScript.RunAsync(source.FullName, format, database, ct) is { } reason)
            {
                Console.Error.WriteLine($"Không khôi phục được / could not restore '{source.FullName}' ({where}): {reason}. "
                    + "Cơ sở dữ liệu vẫn như trước / the database was left as it was.");
                return ExitCodes.Rejected;
            }
            // An older backup gets this release's schema now (as any command would), before anything reads it.
            await using var runtime = await ThiDuaRuntime.OpenAsync(database.ConnectionString, ct: ct);
            var restored = await RestoredCounts.ReadAsync(runtime.DataSource, ct);
            Console.WriteLine($"Đã khôi phục '{source.FullName}' ({where}) trong {BilingualNumber.ViSeconds(started.Elapsed)} giây: {Vi(restored.Events)} sự kiện "
                + $"(seq cuối {Vi(restored.LastSeq)}), {Vi(restored.Users)} người dùng. / restored in {BilingualNumber.EnSeconds(started.Elapsed)} s: "
                + $"{En(restored.Events)} event(s) (last seq {En(restored.LastSeq)}), {En(restored.Users)} user(s).");
            return ExitCodes.Success;
        });
        return restore;
    }
}
