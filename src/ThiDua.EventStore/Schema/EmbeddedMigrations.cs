using System.Reflection;

namespace ThiDua.EventStore.Schema;

/// <summary>Reads the <c>Migrations/*.sql</c> scripts embedded in an assembly, in name order.</summary>
public static class EmbeddedMigrations
{
    public static IReadOnlyList<Migration> From(Assembly assembly, string module)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var list = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var parts = name.Split('.');
            var file = parts[^2];
            list.Add(new Migration($"{module}/{file}", reader.ReadToEnd()));
        }
        return list;
    }

    public static IReadOnlyList<Migration> EventStore() => From(typeof(EmbeddedMigrations).Assembly, "eventstore");
}
