using System.Text;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.PreviousYear;

/// <summary>
/// Two years of one office: NAMCU (2022, finished) and NAMMOI (2023, naming NAMCU in campaigns.csv's previous column —
/// codes without a year, so nothing could be inferred). PY-A and PY-B are ranked both years; PY-C only this year (new);
/// PY-D only last year (ended 01/2023, merged into PY-A). Every month's figure grows, so each month of 2022 ranks
/// differently from its end. 2023's January and February are sent before <see cref="AsOf"/>, March and a correction of PY-B's 2022 February and March after it.
/// </summary>
public sealed class PreviousYearDatabase : ProductDatabase, IAsyncLifetime
{
    public const string Current = "NAMMOI", Previous = "NAMCU";

    public ManualClock Clock { get; } = new(new DateTimeOffset(2023, 4, 3, 2, 0, 0, TimeSpan.Zero));

    public ThiDuaRuntime Runtime { get; private set; } = null!;

    /// <summary>After 2023's February, before its March.</summary>
    public DateTimeOffset AsOf { get; private set; }

    public static string UnitName(string unit) => unit switch
    {
        "PY-A" => "Phòng Văn hóa và Thông tin", "PY-B" => "Phòng Nội vụ", "PY-C" => "Phòng Chuyển đổi số", _ => "Trung tâm Văn hóa",
    };

    /// <summary>Last year's figure of a unit at a month (1–12): each unit grows at its own pace.</summary>
    public static decimal LastYear(string unit, int month) => unit switch { "PY-A" => 40 + 6 * month, "PY-B" => 70 + 2 * month, _ => 95 - month };

    /// <summary>This year's figure of a unit at a month (1–3).</summary>
    public static decimal ThisYear(string unit, int month) => unit switch { "PY-A" => 60 + 10 * month, "PY-B" => 75 + month, _ => 50 + 20 * month };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Runtime = await OpenRuntimeAsync(Clock);
        await Accept(ImportKind.Units, "code;name;kind;parent;cluster;ended;merged_into\n"
            + string.Concat(new[] { "PY-A", "PY-B", "PY-C" }.Select(u => $"{u};{UnitName(u)};collective;;K1;;\n")) + $"PY-D;{UnitName("PY-D")};collective;;K1;01/2023;PY-A\n");
        await Accept(ImportKind.Campaigns, "code;name;kind;start;end;previous\n"
            + $"{Previous};Phong trào thi đua năm cũ;annual;2022-01-01;2022-12-31;\n{Current};Phong trào thi đua năm mới;annual;2023-01-01;2023-12-31;{Previous}\n");
        await Accept(ImportKind.Indicators, "campaign;code;name;uom;direction;aggregation;weight\n"
            + $"{Previous};C1;Tỷ lệ hồ sơ trực tuyến;%;at_least;latest;1\n{Current};M1;Tỷ lệ hồ sơ trực tuyến;%;at_least;latest;1\n");
        await Accept(ImportKind.Targets, "campaign;indicator;unit;target\n"
            + $"{Previous};C1;PY-A;100\n{Previous};C1;PY-B;100\n{Previous};C1;PY-D;100\n{Current};M1;PY-A;100\n{Current};M1;PY-B;100\n{Current};M1;PY-C;100\n");
        var last = new StringBuilder("campaign;unit;indicator;period;value\n");
        foreach (var unit in new[] { "PY-A", "PY-B", "PY-D" })
            for (var m = 1; m <= 12; m++) last.Append($"{Previous};{unit};C1;2022-{m:D2};{LastYear(unit, m)}\n");
        await Accept(ImportKind.Measurements, last.ToString());
        await Accept(ImportKind.Measurements, ThisYearCsv(1, 2));
        AsOf = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromDays(1));
        await Accept(ImportKind.Measurements, ThisYearCsv(3, 3));
        // Last year corrected after AsOf too: as of then, the figures before the correction.
        await Accept(ImportKind.Measurements, $"campaign;unit;indicator;period;value\n{Previous};PY-B;C1;2022-02;{LastYear("PY-B", 2) + 25}\n{Previous};PY-B;C1;2022-03;{LastYear("PY-B", 3) + 25}\n");
    }

    private static string ThisYearCsv(int from, int to)
    {
        var csv = new StringBuilder("campaign;unit;indicator;period;value\n");
        foreach (var unit in new[] { "PY-A", "PY-B", "PY-C" })
            for (var m = from; m <= to; m++) csv.Append($"{Current};{unit};M1;2023-{m:D2};{ThisYear(unit, m)}\n");
        return csv.ToString();
    }

    private async Task Accept(ImportKind kind, string csv)
    {
        var outcome = await ImportAsync(Runtime, kind, csv, acceptWarnings: true);
        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Runtime.DisposeAsync();
        await DisposeAsync();
    }
}
