using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Search;

/// <summary>
/// Units renamed through real units.csv imports, three files one after another: a district that became a town
/// (H-CL), a department restructured twice (S-TT), beside a unit whose name now holds the district's old words (H-CL2)
/// and a commune registered only in the last file (X-NEW). <see cref="Renames"/> are the files' names in order.
/// </summary>
public sealed class PastNamesDatabase : ProductDatabase
{
    /// <summary>Each file's units (code, name), imported in this order.</summary>
    public static readonly (string Code, string Name)[][] Renames =
    [
        [("H-CL", "UBND huyện Chi Lăng"), ("H-CL2", "Văn phòng UBND huyện Chi Lăng"), ("S-TT", "Sở Thông tin và Truyền thông")],
        [("H-CL", "UBND thị xã Chi Lăng"), ("S-TT", "Sở Khoa học và Công nghệ")],
        [("S-TT", "Sở Khoa học, Công nghệ và Chuyển đổi số"), ("X-NEW", "Xã Chi Lăng mới lập")],
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var runtime = await OpenRuntimeAsync();
        foreach (var file in Renames)
        {
            var outcome = await ImportAsync(runtime, ImportKind.Units,
                "code;name;kind;parent;cluster\n" + string.Concat(file.Select(u => $"{u.Code};{u.Name};collective;;\n")));
            if (!outcome.Accepted) throw new InvalidOperationException(string.Join("; ", outcome.Errors));
        }
    }

    /// <summary>When each units file was recorded (its events' recorded_at), in the order imported.</summary>
    public async Task<IReadOnlyList<DateTimeOffset>> ImportTimesAsync()
    {
        var times = new List<DateTimeOffset>();
        await using var cmd = DataSource.CreateCommand(
            "select distinct recorded_at from es_events where stream_id like 'unit-%' order by recorded_at");
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) times.Add(reader.GetFieldValue<DateTimeOffset>(0));
        return times;
    }
}
