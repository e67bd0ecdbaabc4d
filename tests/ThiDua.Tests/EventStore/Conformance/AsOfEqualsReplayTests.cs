using System.Globalization;
using ThiDua.Analytics.Output;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.EventStore.Conformance;

/// <summary>
/// Guarantee: asking "as of" an instant answers what a database holding only the events recorded up to that
/// instant answers now — checked against a second database into which exactly those events are copied and replayed.
/// Both ways an answer "as of" is made are held to it: folded from the events up to the instant (something it is
/// folded from changed later: corrections, a unit renamed) and, when nothing did, the registry's current answer.
/// </summary>
public sealed class AsOfEqualsReplayTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private static readonly DateTimeOffset Start = new(2022, 3, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task As_of_an_instant_equals_replaying_the_events_recorded_up_to_it()
    {
        var clock = new ManualClock(Start);
        await using var runtime = await db.OpenRuntimeAsync(clock);
        foreach (var (kind, file) in SeedFiles.InOrder.Where(f => f.Kind != ImportKind.Ratings))
            await ImportAsync(runtime, kind, await File.ReadAllTextAsync(Path.Combine(SeedFiles.Directory, file)), file);
        clock.Advance(TimeSpan.FromDays(1));
        await ImportAsync(runtime, ImportKind.Ratings, await File.ReadAllTextAsync(Path.Combine(SeedFiles.Directory, "ratings.csv")), "ratings.csv");
        await ImportAsync(runtime, ImportKind.Measurements, await CorrectedMeasurementsAsync(skip: 0, factor: 0.9m), "sua-1.csv");
        clock.Advance(TimeSpan.FromDays(1));
        await ImportAsync(runtime, ImportKind.Measurements, await CorrectedMeasurementsAsync(skip: 60, factor: 0.8m), "sua-2.csv");
        clock.Advance(TimeSpan.FromDays(1));
        await ImportAsync(runtime, ImportKind.Units, RenamedUnit, "doi-ten.csv");
        clock.Advance(TimeSpan.FromDays(1));
        await ChangeEveryKindOfStreamAsync(runtime);
        await runtime.Daemon.CatchUpAsync();

        // After the first two instants measurements were corrected (those units' streams are folded from the log); after
        // the third a unit was renamed (its stream folded) and then, as after the fourth, one stream of every kind
        // changed; after the fifth nothing was recorded, so those answers are the registry's alone.
        var instants = new[] { Start.AddHours(12), Start.AddDays(1).AddHours(12), Start.AddDays(2).AddHours(12), Start.AddDays(3).AddHours(12), Start.AddDays(4).AddHours(12) };
        foreach (var instant in instants)
        {
            var changes = new List<ThiDua.Analytics.Loading.SnapshotChanges>();
            foreach (var code in Campaigns) changes.Add(await runtime.Snapshots.ChangesAsync(code, instant));
            if (instant < instants[2]) changes.Should().Contain(c => c.Campaign, $"corrections came after {instant:O}");
            else if (instant < instants[^1])
            {
                string[] later = instant == instants[2] ? ["unit-BK-VP", .. LaterStreams] : LaterStreams;
                changes.SelectMany(c => c.Streams).Distinct().Should().BeEquivalentTo(later);
            }
            else changes.Should().OnlyContain(c => !c.Any);
            var unchanged = instant == instants[^1];
            var replica = new ProductDatabase();
            await replica.InitializeAsync();
            try
            {
                await CopyEventsAsync(db, replica, instant);
                await using var replayed = await replica.OpenRuntimeAsync(clock);
                await replayed.RebuildAsync();

                var asOf = await OutputsAsync(runtime, instant);
                var replay = await OutputsAsync(replayed, asOf: null);
                asOf.Should().Equal(replay, $"as of {instant:O}");
                foreach (var code in Campaigns)
                {
                    (await runtime.Snapshots.LoadAsync(code, instant)).Should().BeEquivalentTo(await replayed.Snapshots.LoadAsync(code),
                        o => o.WithStrictOrdering(), $"{code}'s snapshot as of {instant:O}");
                }
                (await FoldedOutputsAsync(runtime, instant)).Should().Equal(replay, $"folded from the events up to {instant:O}");
                if (unchanged) asOf.Should().Equal(await OutputsAsync(runtime, asOf: null), "nothing was recorded after it");
                else asOf.Should().NotEqual(await OutputsAsync(runtime, asOf: null), "the later corrections and the new name change the answer");
            }
            finally
            {
                await replica.DisposeAsync();
            }
        }
    }

    // One stream of each kind a snapshot is made of, changed a day later: a campaign's definition (a target), its periods
    // (the last month closed), its decisions, a unit's figures (a registration), a unit (a new one) and a cluster (renamed).
    private static async Task ChangeEveryKindOfStreamAsync(ThiDuaRuntime runtime)
    {
        await ImportAsync(runtime, ImportKind.Targets, "campaign;indicator;unit;target;target_max;baseline;deadline\nBK2021-BAUCU;B21-TIN;BK-TTBCXB;120;;;\n", "chi-tieu.csv");
        await ImportAsync(runtime, ImportKind.Registrations, "campaign;unit;form;date;note\nKG2021;KG-VP;;2021-05-30;Đăng ký lại\n", "dang-ky.csv");
        var closed = await new ThiDua.Periods.Locks.PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock)
            .CloseAsync("BK2021-BAUCU", new ThiDua.Periods.YearMonth(2021, 5), "admin", "Tổng kết đợt thi đua");
        closed.Accepted.Should().BeTrue();
        await ImportAsync(runtime, ImportKind.AwardDecisions,
            "campaign;form;unit;decision;reference;date;note\nBK2021-BAUCU;BK21-BK-UB;BK-TTTT-01;rejected;1051/QĐ-UBND;2021-06-20;Xét lại\n", "quyet-dinh.csv");
        await ImportAsync(runtime, ImportKind.Units, "code;name;kind;parent;cluster\nBK-MOI;Đơn vị mới (Sở TT&TT Bắc Kạn);collective;BK-STTTT;BK-KHOI1\n", "don-vi-moi.csv");
        await ImportAsync(runtime, ImportKind.Clusters, "code;name;note\nBK-KHOI2;Khối đơn vị sự nghiệp (tên mới);\n", "cum-moi.csv");
    }

    private static readonly string[] LaterStreams =
    [
        "campaign-BK2021-BAUCU/definition", "campaign-KG2021/unit-KG-VP", "campaign-BK2021-BAUCU/decisions", "unit-BK-MOI", "cluster-BK-KHOI2",
        "campaign-BK2021-BAUCU/periods",
    ];

    private static async Task ImportAsync(ThiDuaRuntime runtime, ImportKind kind, string csv, string file)
    {
        var outcome = await ProductDatabase.ImportAsync(runtime, kind, csv, fileName: file, acceptWarnings: true); // the seed, as the demo imports it
        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
    }

    // 60 seed measurements with their values scaled: corrections recorded later than the originals.
    private static async Task<string> CorrectedMeasurementsAsync(int skip, decimal factor)
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(SeedFiles.Directory, "measurements.csv"));
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        var rows = lines.Skip(1 + skip).Take(60).Select(line =>
        {
            var cells = line.Split(';');
            var value = decimal.Parse(cells[4].Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture);
            cells[4] = Math.Round(value * factor, 2, MidpointRounding.AwayFromZero).ToString("0.##", vi);
            return string.Join(';', cells);
        });
        return string.Join('\n', rows.Prepend(lines[0])) + "\n";
    }

    private static async Task CopyEventsAsync(ProductDatabase from, ProductDatabase to, DateTimeOffset upTo)
    {
        var rows = await StoreProbe.CopyOutAsync(from.DataSource,
            $"select seq, event_id, stream_id, version, type, data, metadata, recorded_at from es_events where recorded_at <= '{upTo:O}' order by seq");
        await using var conn = await to.DataSource.OpenConnectionAsync();
        await using (var writer = await conn.BeginTextImportAsync("copy es_events (seq, event_id, stream_id, version, type, data, metadata, recorded_at) from stdin"))
            await writer.WriteAsync(rows);
        await using var streams = new Npgsql.NpgsqlCommand("""
            insert into es_streams (stream_id, version, created_at) select stream_id, max(version), min(recorded_at) from es_events group by stream_id;
            select setval('es_event_seq', (select max(seq) from es_events));
            """, conn);
        await streams.ExecuteNonQueryAsync();
    }

    private static readonly string[] Campaigns = ["BK2021-BAUCU", "LS2021", "LS2021-TTTT", "KG2021", "BK2022"];

    // A unit of the BK campaigns under a new name, recorded after every measurement.
    private const string RenamedUnit = "code;name;kind;parent;cluster\nBK-VP;Văn phòng Sở TT&TT Bắc Kạn (tên mới);collective;BK-STTTT;BK-KHOI1\n";

    // The same outputs computed from the snapshot folded from the events, never the registry's.
    private static async Task<List<string>> FoldedOutputsAsync(ThiDuaRuntime runtime, DateTimeOffset asOf)
    {
        var outputs = new List<string>();
        foreach (var code in Campaigns)
        {
            var snapshot = (await runtime.Snapshots.FoldAsync(code, asOf))!;
            var result = ThiDua.Analytics.CampaignAnalytics.Compute(snapshot, ThiDua.Analytics.CampaignAnalytics.DefaultPeriod(snapshot));
            outputs.Add(AnalyticsCsv.Ranking(result.Ranking));
            outputs.Add(AnalyticsCsv.Attainment(result.Attainment));
            outputs.Add(AnalyticsCsv.Awards(ThiDua.Analytics.CampaignAnalytics.Awards(snapshot)));
        }
        return outputs;
    }

    private static async Task<List<string>> OutputsAsync(ThiDuaRuntime runtime, DateTimeOffset? asOf)
    {
        var outputs = new List<string>();
        foreach (var code in Campaigns)
        {
            outputs.Add(AnalyticsCsv.Ranking((await runtime.Analytics.RankingAsync(code, null, asOf)).Rows));
            outputs.Add(AnalyticsCsv.Attainment((await runtime.Analytics.AttainmentAsync(code, null, asOf)).Rows));
            outputs.Add(AnalyticsCsv.Awards((await runtime.Analytics.AwardsAsync(code, asOf)).Rows));
        }
        return outputs;
    }
}
