using System.CommandLine;
using System.Diagnostics;
using Npgsql;
using ThiDua.Cli.Common;
using ThiDua.EventStore.LocalServer;
using ThiDua.Hosting;

namespace ThiDua.Cli.Database;

/// <summary>
/// <c>thidua db backup FILE</c>: the whole database (events, read models and their checkpoints, users, tokens, the web's
/// keys, the scheduler's tables) in one pg_dump file of the custom format, taken in one snapshot — consistent while
/// imports and a server run. Written beside FILE first and moved over it only when pg_dump succeeded, so a failed
/// backup never spoils the previous one.
/// </summary>
public static class DbBackupCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Tệp sao lưu sẽ ghi / the backup file to write (pg_dump, custom format)" };
        var backup = new Command("backup", "Sao lưu toàn bộ cơ sở dữ liệu vào một tệp (pg_dump) / back the whole database up into one file (pg_dump)") { file };
        backup.SetAction(async (parse, ct) =>
        {
            var target = parse.GetValue(file)!;
            if (Directory.Exists(target.FullName))
            {
                Console.Error.WriteLine($"'{target.FullName}' là một thư mục: ghi tên tệp sao lưu, ví dụ {Path.Combine(target.FullName, "thidua.dump")}. / "
                    + $"'{target.FullName}' is a folder: give the backup file's name, e.g. {Path.Combine(target.FullName, "thidua.dump")}.");
                return ExitCodes.Rejected;
            }
            var database = new NpgsqlConnectionStringBuilder(await DatabaseLocator.ResolveAsync(parse.GetValue(GlobalOptions.Database), ct, created: Console.Error.WriteLine));
            var partial = Path.Combine(target.DirectoryName!, $".{target.Name}.{Guid.NewGuid():N}.partial");
            try
            {
                File.WriteAllBytes(partial, []);
            }
            catch (DirectoryNotFoundException)
            {
                Console.Error.WriteLine($"Không có thư mục {target.DirectoryName}: tạo nó trước (mkdir -p) hoặc chọn thư mục khác. / "
                    + $"the folder {target.DirectoryName} does not exist: create it first (mkdir -p) or choose another.");
                return ExitCodes.Rejected;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var (vi, en) = FolderProblem.Cause(e);
                Console.Error.WriteLine($"Không ghi được tệp sao lưu {target.FullName} ({vi}): chọn thư mục ghi được. / cannot write the backup file {target.FullName} ({en}): choose a folder you can write.");
                return ExitCodes.Rejected;
            }
            var started = Stopwatch.StartNew();
            using var dump = Process.Start(PgClient.StartInfo("pg_dump", database, false, "--format=custom", "--no-password", "--file=" + partial))!;
            var output = dump.StandardOutput.ReadToEndAsync(ct);
            var errors = dump.StandardError.ReadToEndAsync(ct);
            await dump.WaitForExitAsync(ct);
            await output;
            if (dump.ExitCode != 0)
            {
                File.Delete(partial);
                Console.Error.WriteLine($"pg_dump không sao lưu được / pg_dump could not back up ({DatabaseLocator.Described}): {PgClient.Reason(await errors)}. "
                    + $"Tệp {target.FullName} vẫn như cũ; kiểm tra `thidua db status` hoặc --database. / {target.FullName} was left as it was; check `thidua db status` or --database.");
                return ExitCodes.Rejected;
            }
            File.Move(partial, target.FullName, overwrite: true);
            var size = new FileInfo(target.FullName).Length;
            // The restore line names the file wherever it is run from.
            Console.WriteLine($"Đã sao lưu / backed up ({DatabaseLocator.Described}) → {target.FullName}: "
                + $"{BilingualNumber.Vi(size)} byte, {BilingualNumber.ViSeconds(started.Elapsed)} giây / {BilingualNumber.En(size)} bytes, {BilingualNumber.EnSeconds(started.Elapsed)} s. "
                + $"Khôi phục / restore: thidua db restore {ShellWord.Quote(target.FullName)}");
            return ExitCodes.Success;
        });
        return backup;
    }
}
