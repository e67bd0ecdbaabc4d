using ThiDua.Benchmarks.Goals;
using ThiDua.Benchmarks.Harness;

// dotnet run -c Release --project tests/ThiDua.Benchmarks -- [--rows N] [--only E1,P1,P1w,...,W1,D1,D2] [--growth] [--national [--provinces 34] [--years 10]]
if (args.Length > 0 && args[0] == "--child-import") return await ChildImportMain.RunAsync(args[1], args[2], args[3]);
if (args.Length > 0 && args[0] == "--child-national") return await ChildNationalMain.ProvinceAsync(args[1], args[2], int.Parse(args[3]), int.Parse(args[4]));
if (args.Length > 0 && args[0] == "--child-rebuild") return await ChildNationalMain.RebuildAsync(args[1]);
if (args.Length > 0 && args[0] == "--child-document") return ChildDocumentMain.Run(args[1], args[2], args[3]);

var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault()?.Split(',').ToHashSet() ?? ["E1", "P1", "P1w", "P2", "P3", "P4", "P5", "W1", "D1", "D2"];
var rows = args.SkipWhile(a => a != "--rows").Skip(1).Select(int.Parse).FirstOrDefault(1_000_000);
var growth = args.Contains("--growth");
var national = args.Contains("--national");
int Option(string name, int fallback) => args.SkipWhile(a => a != name).Skip(1).Select(int.Parse).FirstOrDefault(fallback);
var work = Path.Combine(Path.GetTempPath(), "thidua-bench-data");
Directory.CreateDirectory(work);

using var server = new BenchDatabase();
var results = new List<GoalResult>();
void Report(GoalResult r)
{
    results.Add(r);
    Console.WriteLine(r.Row());
}

Console.WriteLine(GoalResult.Header);
if (only.Contains("E1")) Report(await AppendVsCopy.RunAsync(server));
double p2PerEvent = 0;
if (only.Overlaps(["P1", "P2", "P3", "W1"]) || national)
{
    var import = await ImportVsCopy.RunAsync(server, work, rows);
    if (only.Contains("P1")) Report(import.Result);
    if (only.Contains("P3")) Report(await Freshness.RunAsync(import.Connection, import.Campaign));
    if (only.Contains("W1")) foreach (var r in await PagesVsStatic.RunAsync(import.Connection, import.Campaign)) Report(r);
    if (only.Contains("P2") || national)
    {
        var p2 = await RebuildVsScan.MeasureAsync(import.Connection);
        if (only.Contains("P2")) Report(p2.Result);
        if (national) p2PerEvent = p2.SecondsPerEvent;
    }
}
// The same import over figures of which half raise a warning (the generated data of every run before 2026-12-05).
if (only.Contains("P1w")) Report((await ImportVsCopy.RunAsync(server, work, rows, implausible: true)).Result);
if (only.Contains("P4")) Report(await ApiVsStatic.RunAsync(server));
if (only.Contains("P5")) Report(await SvgVsECharts.RunAsync(work));
if (only.Contains("D1")) Report(await DocumentsVsBaselines.DossierAsync(work));
if (only.Contains("D2")) Report(await DocumentsVsBaselines.XlsxAsync(work));
if (growth)
{
    foreach (var size in new[] { 100_000, 1_000_000, 5_000_000 })
    {
        var import = await ImportVsCopy.RunAsync(server, work, size);
        Report(import.Result with { Id = $"G-import-{size / 1000}K" });
        Report(await RebuildVsScan.RunAsync(import.Connection, $"G-rebuild-{size / 1000}K"));
    }
}
if (national)
    foreach (var r in await NationalScale.RunAsync(server, work, Option("--provinces", 34), Option("--years", 10), p2PerEvent)) Report(r);
Console.WriteLine();
Console.WriteLine($"{results.Count(r => r.Pass)} of {results.Count} goals met");
return 0;
