using System.Text.Json;

namespace ThiDua.Dashboards;

/// <summary>
/// The dashboards in a folder, one JSON file each: adding a file adds a dashboard. The folder is
/// <c>THIDUA_DASHBOARDS</c>, else <c>./dashboards</c>, else the one shipped beside the program.
/// </summary>
public sealed class DashboardCatalog(string directory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public string Directory => directory;

    public static DashboardCatalog Default()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("THIDUA_DASHBOARDS"),
            Path.Combine(Environment.CurrentDirectory, "dashboards"),
            Path.Combine(AppContext.BaseDirectory, "dashboards"),
        };
        return new DashboardCatalog(candidates.FirstOrDefault(d => !string.IsNullOrEmpty(d) && System.IO.Directory.Exists(d)) ?? candidates[^1]!);
    }

    public IReadOnlyList<string> Names() => System.IO.Directory.Exists(directory)
        ? System.IO.Directory.GetFiles(directory, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>The dashboard, or null when no such file; a malformed file throws <see cref="DashboardDefinitionException"/> saying what is wrong.</summary>
    public DashboardDefinition? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))) return null;
        var path = Path.Combine(directory, name + ".json");
        if (!File.Exists(path)) return null;
        DashboardDefinition? definition;
        try
        {
            definition = JsonSerializer.Deserialize<DashboardDefinition>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new DashboardDefinitionException($"{name}.json: JSON không hợp lệ / invalid JSON: {e.Message}");
        }
        if (definition is null) throw new DashboardDefinitionException($"{name}.json: tệp rỗng / empty file");
        Validate(name, definition);
        return definition with { Name = name };
    }

    /// <summary>The dashboard, or null when the file is missing or malformed: for pages that have their own fallback.</summary>
    public DashboardDefinition? TryFind(string name)
    {
        try
        {
            return Find(name);
        }
        catch (DashboardDefinitionException)
        {
            return null;
        }
    }

    private static void Validate(string name, DashboardDefinition d)
    {
        if (string.IsNullOrWhiteSpace(d.Title)) throw new DashboardDefinitionException($"{name}.json: thiếu 'title' / 'title' is missing");
        if (d.Panels is not { Count: > 0 }) throw new DashboardDefinitionException($"{name}.json: cần ít nhất một panel / needs at least one panel");
        foreach (var f in d.Filters ?? [])
            if (!DashboardDefinition.FilterNames.Contains(f))
                throw new DashboardDefinitionException($"{name}.json: bộ lọc '{f}' không hỗ trợ / unknown filter '{f}' ({string.Join(", ", DashboardDefinition.FilterNames)})");
        foreach (var p in d.Panels)
            if (!DashboardDefinition.ChartKinds.Contains(p.Chart))
                throw new DashboardDefinitionException($"{name}.json: panel '{p.Title}' có loại biểu đồ '{p.Chart}' không hỗ trợ / unknown chart kind ({string.Join(", ", DashboardDefinition.ChartKinds)})");
    }
}
