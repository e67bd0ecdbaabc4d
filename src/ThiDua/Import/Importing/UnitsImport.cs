using ThiDua.Import.Parsing;
using ThiDua.Units;
using ThiDua.Units.Defining;

namespace ThiDua.Import.Importing;

/// <summary>units.csv: a parent must exist already or come later in the same file; the tree must have no cycle.</summary>
internal sealed class UnitsImport : IRowImport
{
    private readonly FileDuplicates<string, Unit> _duplicates = new();
    private readonly Dictionary<string, Unit> _inFile = new(StringComparer.Ordinal);
    private readonly List<UnitRow> _parentsToCheck = [];
    private LookAlikeCodes? _lookAlikes;

    public Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct)
    {
        var r = (UnitRow)row;
        var current = context.State.Units.GetValueOrDefault(r.Code);
        var unit = new Unit(r.Code, r.Name, r.Kind, context.FileOr("parent", r.Parent, current?.Parent), context.FileOr("cluster", r.Cluster, current?.Cluster));
        if (!_duplicates.Check(r.Code, unit, r.Line, "code", r.Code, context)) return Task.CompletedTask;
        _inFile[r.Code] = unit;
        if (r.Parent is not null) _parentsToCheck.Add(r);
        if (current is null)
            (_lookAlikes ??= new LookAlikeCodes(context.State.Units.Keys)).Check(context, r.Line, r.Code, DefineUnit.StreamId(r.Code), "đơn vị", "unit");
        var events = DefineUnit.Decide(new DefineUnit(unit), current, context.Now);
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
            if (r.Parent == r.Code)
                context.Error(r.Line, "parent", r.Parent, "Đơn vị không thể là đơn vị cha của chính nó.", "A unit cannot be its own parent.");
            else if (Find(r.Parent!, context) is null)
                context.Error(r.Line, "parent", r.Parent,
                    $"Không tìm thấy đơn vị cha '{r.Parent}': thêm dòng của đơn vị đó vào tệp này (trước hay sau đều được), nhập nó trước, hoặc sửa mã.",
                    $"Unknown parent unit '{r.Parent}': add its row to this file (before or after), import it first, or correct the code.");
            else if (chains.Loop(r.Code) is { } loop)
            {
                var from = Math.Max(0, Array.IndexOf(loop, r.Code));
                var shown = string.Join(" → ", loop[from..].Concat(loop[..from]).Append(loop[from]));
                if (loop.Contains(r.Code))
                    context.Error(r.Line, "parent", r.Parent, $"Quan hệ cha–con của '{r.Code}' tạo thành vòng lặp: {shown}.", $"The parent chain of '{r.Code}' loops back to itself: {shown}.");
                else
                    context.Error(r.Line, "parent", r.Parent, $"Chuỗi đơn vị cha của '{r.Code}' dẫn vào một vòng lặp: {shown}.", $"The parent chain of '{r.Code}' runs into a loop: {shown}.");
            }
        }
        return Task.CompletedTask;
    }

    private Unit? Find(string code, ImportContext context) => _inFile.GetValueOrDefault(code) ?? context.State.Units.GetValueOrDefault(code);
}
