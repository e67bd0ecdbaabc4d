using ThiDua.Hosting;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Web.Search;

/// <summary>The seed, then a units file renaming the Bắc Kạn department (a restructuring): <see cref="Old"/> became <see cref="New"/>.</summary>
public sealed class RenamedUnitWebApp : SeededWebApp
{
    public const string Code = "BK-STTTT";

    public static string Old => File.ReadLines(Path.Combine(Infrastructure.SeedFiles.Directory, "units.csv")).Select(l => l.Split(';')).Single(f => f[0] == Code)[1];

    public const string New = "Sở Khoa học và Công nghệ tỉnh Bắc Kạn";

    protected override Task Prepare(ThiDuaRuntime runtime) =>
        ImportAccepted(runtime, ImportKind.Units, $"code;name;kind;parent;cluster\n{Code};{New};collective;;\n");

    /// <summary>When the rename was recorded: the unit's last event.</summary>
    public Task<DateTimeOffset> RenamedAtAsync() => RecordedAsync("max");

    /// <summary>An instant between the unit's registration (the seed) and its rename: the seed may be imported within a second of it.</summary>
    public async Task<DateTimeOffset> BeforeRenameAsync()
    {
        var (registered, renamed) = (await RecordedAsync("min"), await RenamedAtAsync());
        return registered + (renamed - registered) / 2;
    }

    private async Task<DateTimeOffset> RecordedAsync(string which)
    {
        await using var cmd = DataSource.CreateCommand($"select {which}(recorded_at) from es_events where stream_id = 'unit-' || @c");
        cmd.Parameters.AddWithValue("c", Code);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetFieldValue<DateTimeOffset>(0);
    }
}
