using ThiDua.Import.Parsing;
using ThiDua.Units;
using ThiDua.Units.Defining;

namespace ThiDua.Import.Importing;

/// <summary>units.csv: a parent must exist already or come later in the same file; the tree must have no cycle.</summary>
internal sealed class UnitsImport : IRowImport
{
    private readonly FileDuplicates<string, Unit> _duplicates = new();
    private readonly Dictionary<string, Unit> _inFile = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);
    private readonly List<UnitRow> _parentsToCheck = [];
    private readonly List<UnitRow> _nowIndividuals = [];
    private LookAlikeCodes? _lookAlikes;

    public Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct)
    {
        var r = (UnitRow)row;
        var current = context.State.Units.GetValueOrDefault(r.Code);
        var ended = context.FileOr("ended", r.Ended, current?.Ended);
        var unit = new Unit(r.Code, r.Name, r.Kind, context.FileOr("parent", r.Parent, current?.Parent), context.FileOr("cluster", r.Cluster, current?.Cluster))
        {
            // A unit that exists again has no successor; one named without an end is refused once the file is read.
            Ended = ended, MergedInto = ended is null && r.MergedInto is null ? null : context.FileOr("merged_into", r.MergedInto, current?.MergedInto),
        };
        if (!_duplicates.Check(r.Code, unit, r.Line, "code", r.Code, context)) return Task.CompletedTask;
        _inFile[r.Code] = unit;
        _lines[r.Code] = r.Line;
        if (r.Parent is not null) _parentsToCheck.Add(r);
        if (r.Kind == UnitKind.Individual && current is { Kind: not UnitKind.Individual }) _nowIndividuals.Add(r);
        if (current is null)
            (_lookAlikes ??= new LookAlikeCodes(context.State.Units.Keys)).Check(context, r.Line, r.Code, DefineUnit.StreamId(r.Code), "đơn vị", "unit");
        var events = DefineUnit.Decide(new DefineUnit(unit), current, context.Now);
        if (context.Request.DryRun && current is not null && events.Count > 0) context.UnitChanges.AddRange(UnitChange.Between(r.Line, current, unit));
        context.Tally.Count(current is not null, events.Count > 0);
        foreach (var e in events) context.Record(r.Line, DefineUnit.StreamId(r.Code), e);
        return context.FlushIfFullAsync(ct);
    }

    public Task CompleteAsync(ImportContext context, CancellationToken ct)
    {
        var chains = new ParentChains(code => Find(code, context)?.Parent);
        foreach (var r in _parentsToCheck)
        {
            ct.ThrowIfCancellationRequested();
            // A row naming itself as parent never gets here: the row's mapping refuses it (ImportRowMappers.Unit).
            if (Find(r.Parent!, context) is null)
                context.Error(r.Line, "parent", r.Parent,
                    $"Không tìm thấy đơn vị cha '{r.Parent}': thêm dòng của đơn vị đó vào tệp này (trước hay sau đều được), nhập nó trước, hoặc sửa mã.",
                    $"Unknown parent unit '{r.Parent}': add its row to this file (before or after), import it first, or correct the code.");
            else if (Find(r.Parent!, context) is { Kind: UnitKind.Individual } person)
                context.Error(r.Line, "parent", r.Parent, UnitParentRules.IndividualParentVi(person), UnitParentRules.IndividualParentEn(person));
            else if (chains.Loop(r.Code) is { } loop)
            {
                var from = Math.Max(0, Array.IndexOf(loop, r.Code));
                var shown = string.Join(" → ", loop[from..].Concat(loop[..from]).Append(loop[from]));
                if (loop.Contains(r.Code))
                    context.Error(r.Line, "parent", r.Parent, $"Quan hệ cha–con của '{r.Code}' tạo thành vòng lặp: {shown}. {BreakLoopVi}",
                        $"The parent chain of '{r.Code}' loops back to itself: {shown}. {BreakLoopEn}");
                else
                    context.Error(r.Line, "parent", r.Parent, $"Chuỗi đơn vị cha của '{r.Code}' dẫn vào một vòng lặp: {shown}. {BreakLoopVi}",
                        $"The parent chain of '{r.Code}' runs into a loop: {shown}. {BreakLoopEn}");
            }
        }
        UnitParentRules.CheckNoUnitsUnder(_nowIndividuals, _inFile, context.State.Units, context);
        UnitMergerRules.Check(_inFile, _lines, context.State.Units, context);
        for (var i = 0; i < context.UnitChanges.Count; i++)
            context.UnitChanges[i] = context.UnitChanges[i].WithParentNames(c => context.State.Units.GetValueOrDefault(c)?.Name, c => Find(c, context)?.Name);
        return Task.CompletedTask;
    }

    // How to fix a loop, wherever its units are (this file or stored): one parent in it is wrong.
    private const string BreakLoopVi = "Sửa cột parent của một đơn vị trong vòng (để trống ở đơn vị cấp cao nhất) rồi nhập lại.";
    private const string BreakLoopEn = "Correct the parent of one unit in the loop (empty for the top-level unit), then import again.";

    private Unit? Find(string code, ImportContext context) => _inFile.GetValueOrDefault(code) ?? context.State.Units.GetValueOrDefault(code);
}
