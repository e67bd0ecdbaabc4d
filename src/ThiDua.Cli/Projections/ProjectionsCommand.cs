using System.CommandLine;
using ThiDua.Cli.Common;

namespace ThiDua.Cli.Projections;

/// <summary><c>thidua projections rebuild</c>: replay every event into fresh read models.</summary>
public static class ProjectionsCommand
{
    public static Command Create()
    {
        var projections = new Command("projections", "Mô hình đọc (bảng tính sẵn từ các sự kiện) / read models (tables computed from the events)");
        var rebuild = new Command("rebuild", "Dựng lại mọi mô hình đọc từ các sự kiện / rebuild every read model from the events");
        rebuild.SetAction(async (parse, ct) =>
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            long events;
            try
            {
                await using var runtime = await Runtime.OpenAsync(parse, ct);
                events = await runtime.RebuildAsync(ct,
                    waiting: () => Console.Error.WriteLine("Đang chờ lượt nhập (hoặc chốt số liệu) khác kết thúc… / Waiting for an import (or a close) to finish…"));
            }
            catch (Exception e) when (DatabaseInterrupted.Is(e))
            {
                Console.Error.WriteLine(DatabaseInterrupted.Rebuild(e));
                return ExitCodes.Rejected;
            }
            Console.WriteLine($"Đã dựng lại các mô hình đọc từ {events} sự kiện / rebuilt the read models from {events} events in {started.Elapsed.TotalSeconds:0.0}s");
            return ExitCodes.Success;
        });
        projections.Add(rebuild);
        return projections;
    }
}
