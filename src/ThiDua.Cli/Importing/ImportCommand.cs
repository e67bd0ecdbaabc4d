using System.CommandLine;
using System.Text.Json;
using ThiDua.Cli.Common;
using ThiDua.Cli.Usage;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;

namespace ThiDua.Cli.Importing;

/// <summary><c>thidua import KIND FILE [--dry-run] [--culture vi|en] [--accept-warnings] [--sheet NAME] [--format table|json] [--mark-errors OUT.xlsx]</c>: all or nothing.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        string[] kinds = ImportKindNames.AllWords.Split('|');
        var kind = Choices.Offer(new Argument<ImportKind>("kind")
        {
            Description = "Loại tệp / kind of file",
            // Not the enum's names: the help shows the words the command takes.
            HelpName = ImportKindNames.AllWords,
            CustomParser = r =>
            {
                var word = r.Tokens.Single().Value;
                if (ImportKindNames.TryParse(word, out var k)) return k;
                UsageMessages.NotOneOf(r, "Loại tệp KIND", "KIND (the kind of file)", kinds, word);
                return default;
            },
        }, kinds);
        var file = new Argument<FileInfo>("file") { Description = "Tệp CSV hoặc Excel .xlsx / CSV or .xlsx file" };
        var sheet = new Option<string?>("--sheet") { Description = "Trang tính cần đọc của tệp .xlsx (mặc định: trang đầu) / the .xlsx sheet to read (default: the first)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ kiểm tra, không ghi / validate and report only" };
        var culture = Choices.Offer(new Option<NumberCulture>("--culture")
        {
            // No default value factory: the help printed it as the enum's name ("[default: Vi]"); absent, the value is Vi (0).
            Description = "vi (1.110.000; 90,6 — mặc định / the default) | en (1,110,000; 90.6)",
            CustomParser = r =>
            {
                var word = r.Tokens.Single().Value;
                if (NumberCultureNames.TryParse(word, out var c)) return c;
                UsageMessages.NotOneOf(r, "--culture", "--culture", ["vi", "en"], word);
                return default;
            },
        }, ["vi", "en"]);
        var acceptWarnings = new Option<bool>("--accept-warnings")
        {
            Description = "Nhập cả khi có cảnh báo số liệu bất thường / import even with plausibility warnings",
        };
        var markErrors = new Option<FileInfo?>("--mark-errors")
        {
            Description = "Khi tệp bị từ chối vì lỗi hay cảnh báo: ghi bản sao của tệp, các ô sai tô đỏ, số liệu bất thường tô vàng, vào tệp .xlsx này / "
                + "when the file is refused for errors or warnings: write a copy of it with the wrong cells in red and the unlikely figures in yellow to this .xlsx file",
            HelpName = "OUT.xlsx",
        };
        var format = OutputFormat.Option(withCsv: false);
        var command = new Command("import", "Nhập số liệu từ tệp CSV hoặc Excel / import a CSV or .xlsx file") { kind, file, dryRun, culture, acceptWarnings, format, sheet, markErrors };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (ImportFileProblem.Of(path) is { } problem)
            {
                Console.Error.WriteLine(problem);
                return ExitCodes.Rejected;
            }
            if (MarkedCopyFile.Problem(path, parse.GetValue(markErrors)) is { } markProblem)
            {
                Console.Error.WriteLine(markProblem);
                return ExitCodes.Usage;
            }
            try
            {
                return await ImportAsync(parse, path, kind, dryRun, culture, sheet, acceptWarnings, format, markErrors, ct);
            }
            catch (Exception e) when (!ImportStopped.IsStop(e, ct) && DatabaseInterrupted.Is(e))
            {
                // Not Program's bare "database error": the import commits at once or not at all, so say it is safe to re-run.
                Console.Error.WriteLine(DatabaseInterrupted.Import(path.Name, e));
                return ExitCodes.Rejected;
            }
        });
        return command;
    }

    private static async Task<int> ImportAsync(ParseResult parse, FileInfo path, Argument<ImportKind> kind, Option<bool> dryRun, Option<NumberCulture> culture,
        Option<string?> sheet, Option<bool> acceptWarnings, Option<string> format, Option<FileInfo?> markErrors, CancellationToken ct)
    {
        await using var runtime = await Runtime.OpenAsync(parse, ct);
        var request = new ImportRequest(path.Name, parse.GetValue(kind), parse.GetValue(culture), parse.GetValue(dryRun), Environment.UserName,
            parse.GetValue(sheet), parse.GetValue(acceptWarnings));
        var importer = new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock);
        await using var stream = new FileStream(path.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        ImportOutcome outcome;
        try
        {
            outcome = await ImportProgress.RunAsync(path.Length, progress => importer.ImportAsync(stream, request, progress, ct,
                waiting: () => Console.Error.WriteLine("Đang chờ lượt nhập khác kết thúc… / Waiting for another import to finish…")));
        }
        catch (Exception e) when (ImportStopped.IsStop(e, ct))
        {
            // Not Program's "unexpected error": the user asked for it, and the file is intact to import again.
            Console.Error.WriteLine(ImportStopped.Message(path.Name));
            return ExitCodes.Rejected;
        }
        if (parse.GetValue(format) == "json")
            Console.WriteLine(JsonSerializer.Serialize(outcome, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        else
            ImportReport.Write(outcome, outcome.Accepted ? Console.Out : Console.Error);
        if (MarkedCopyFile.Write(outcome, path, request.Kind, request.Sheet, parse.GetValue(markErrors)) is { } marked)
            Console.Error.WriteLine(marked);
        return outcome.Accepted ? ExitCodes.Success : ExitCodes.Rejected;
    }
}
