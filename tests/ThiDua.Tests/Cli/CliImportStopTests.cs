using System.Diagnostics;
using System.Text;
using Npgsql;
using ThiDua.Cli.Importing;
using ThiDua.EventStore.Appending;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary>Ctrl+C during <c>thidua import</c>: a stop the user asked for, said so in both languages with exit 1, nothing written.</summary>
public sealed class CliImportStopTests(ProductDatabase db) : IClassFixture<ProductDatabase>, IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-cli-stop-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Ctrl_C_while_waiting_for_another_imports_turn_says_it_was_stopped_nothing_written_and_exits_1()
    {
        var file = Path.Combine(_dir, "don_vi.csv");
        File.WriteAllText(file, "code;name;kind;parent;cluster\nSTOP1;Đơn vị dừng;collective;;\n");
        var before = await DatabaseFingerprint.TakeAsync(db);
        // Another import's turn: the serial writers' lock, held here until the end of the test.
        await using var other = await db.DataSource.OpenConnectionAsync();
        await using (var take = new NpgsqlCommand("select pg_advisory_lock(@k)", other))
        {
            take.Parameters.AddWithValue("k", SerialWriter.LockKey);
            await take.ExecuteNonQueryAsync();
        }

        using var process = Process.Start(ThiDuaProcess.StartInfoHearingCtrlC(["import", "units", file, "--database", db.ConnectionString]))!;
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var seen = new StringBuilder();
            while (await process.StandardError.ReadLineAsync().WaitAsync(Limit) is { } line)
            {
                seen.AppendLine(line);
                if (line.Contains("Waiting for another import", StringComparison.Ordinal)) break;
            }
            seen.ToString().Should().Contain("Waiting for another import");

            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await interrupt.WaitForExitAsync();
            string stderr;
            try
            {
                stderr = seen + await process.StandardError.ReadToEndAsync().WaitAsync(Limit);
                await process.WaitForExitAsync().WaitAsync(Limit);
            }
            catch (TimeoutException e)
            {
                // Say what the child was doing (its signal masks: an ignored SIGINT was the cause once), so a failure explains itself.
                throw new TimeoutException($"no exit within {Limit} of Ctrl+C; exited: {process.HasExited}; {SignalState(process.Id)}; stderr so far: {seen}", e);
            }

            process.ExitCode.Should().Be(1, stderr);
            stderr.Should().Contain("Đã dừng nhập tệp don_vi.csv theo yêu cầu (Ctrl+C), không có gì được ghi; có thể nhập lại tệp này.")
                .And.Contain("was stopped on request (Ctrl+C), nothing written; the file can be imported again")
                .And.NotContain("Exception").And.NotContain("unexpected error");
            (await stdout).Should().BeEmpty();
            (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static string SignalState(int pid)
    {
        try
        {
            return string.Join(", ", File.ReadLines($"/proc/{pid}/status").Where(l => l.StartsWith("State", StringComparison.Ordinal)
                || l.StartsWith("Sig", StringComparison.Ordinal) || l.StartsWith("Threads", StringComparison.Ordinal)));
        }
        catch (IOException)
        {
            return "no /proc entry";
        }
    }

    [Fact]
    public void A_cancelled_wait_or_query_is_a_stop_only_when_the_import_was_asked_to_stop()
    {
        using var stopped = new CancellationTokenSource();
        stopped.Cancel();

        ImportStopped.IsStop(new TaskCanceledException(), stopped.Token).Should().BeTrue();
        ImportStopped.IsStop(new OperationCanceledException("Query was cancelled"), stopped.Token).Should().BeTrue();
        ImportStopped.IsStop(new TaskCanceledException(), CancellationToken.None).Should().BeFalse("a timeout is not the user's Ctrl+C");
        ImportStopped.IsStop(new InvalidOperationException(), stopped.Token).Should().BeFalse();
        var message = ImportStopped.Message("so_lieu.csv");
        message.Should().Contain(" / ").And.NotContain("Exception");
        message.IsNormalized(NormalizationForm.FormC).Should().BeTrue();
    }
}
