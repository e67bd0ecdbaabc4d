using System.CommandLine;
using ThiDua.Analytics.Querying;
using ThiDua.Charts.Png;
using ThiDua.Cli.Common;
using ThiDua.Documents.Dossier;
using ThiDua.Documents.Settings;
using ThiDua.Reports;

namespace ThiDua.Cli.Reporting;

/// <summary>
/// <c>thidua report dossier --campaign C --out DIR [--as-of T] [--settings FILE]</c>: a finished campaign's award
/// dossier as Word documents (tờ trình, biên bản, tổng kết, one báo cáo thành tích per candidate); prints the files.
/// </summary>
public static class DossierCommand
{
    public static Command Create()
    {
        var command = new Command("dossier", "Hồ sơ khen thưởng (Word .docx) của phong trào đã kết thúc / award dossier (Word) of a finished campaign");
        var options = new ReportOptionSet();
        options.AddTo(command, withMonth: false);
        var settings = new Option<FileInfo?>("--settings")
        {
            Description = "Tệp thiết lập văn bản (JSON; mặc định documents/<mã phong trào>.json) / document settings (JSON; default documents/<campaign>.json)",
        };
        command.Add(settings);
        command.SetAction(async (parse, ct) =>
        {
            var outDir = parse.GetValue(options.Out)!.FullName;
            if (OutputProblem.Before(outDir, OutputKind.Folder) is { } wrong)
            {
                Console.Error.WriteLine(wrong);
                return ExitCodes.Rejected;
            }
            await using var runtime = await Runtime.OpenAsync(parse, ct);
            try
            {
                var campaign = parse.GetValue(options.Campaign)!;
                var chosen = DossierSettingsFile.Load(campaign, parse.GetValue(settings)?.FullName);
                if (AskedCutOff.Choose(parse.GetValue(options.AsOf), runtime.Clock, Console.Error) is not { } cutOff) return ExitCodes.Usage;
                var dossier = await new DossierService(runtime, new PngChartRenderer())
                    .GenerateAsync(campaign, cutOff, outDir, chosen, ct);
                foreach (var file in dossier.Files) Console.WriteLine(file);
                return ExitCodes.Success;
            }
            catch (QueryRejectedException e)
            {
                Console.Error.WriteLine(await QueryRejection.DescribeAsync(e, runtime, ct));
                return ExitCodes.Rejected;
            }
            catch (Exception e) when (OutputProblem.Is(e))
            {
                Console.Error.WriteLine(OutputProblem.Describe(e, outDir, OutputKind.Folder));
                return ExitCodes.Rejected;
            }
        });
        return command;
    }
}
