using ThiDua.Awards;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Periods.Locks;
using ThiDua.Registry;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Periods.Closing;

/// <summary>
/// A close or reopen at the same moment as an import of another kind (docs/periods.md: both are serial writers). Whatever
/// the order they commit in, no figure of a month is changed by an import recorded after that month's close, and no
/// decision is recorded while the campaign's last month is open — checked on the log, in the order the events were recorded.
/// </summary>
public sealed class CloseBesideWritersTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private const int Rounds = 12;
    private static readonly YearMonth January = new(2025, 1);
    private static readonly YearMonth December = new(2025, 12);

    [Fact]
    public async Task A_close_waits_for_an_import_already_deciding_and_one_after_it_sees_the_lock()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await WorldAsync(runtime);
        var periods = new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock);

        // The import holds its turn while its file is still being read: the close must wait for it.
        using var file = new HeldStream(MeasurementsHeader + "CD2025;D01;AL;2025-01;25;\n");
        var import = Task.Run(() => new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock)
            .ImportAsync(file, new ImportRequest("held.csv", ImportKind.Measurements, NumberCulture.Vi, false, "test", AcceptWarnings: true)));
        await file.Reading.WaitAsync(TimeSpan.FromSeconds(30));
        var close = Task.Run(() => periods.CloseAsync(Campaign, January, "admin", null));
        await Task.Delay(500);
        close.IsCompleted.Should().BeFalse("the close waits for the import that is deciding");
        file.Release();

        (await import).Accepted.Should().BeTrue();
        (await close).Changed.Should().BeTrue();
        await AssertNoFigureChangedAfterItsCloseAsync();
        var after = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;D01;AL;2025-01;26;\n");
        after.Accepted.Should().BeFalse("January is closed now");
    }

    [Fact]
    public async Task Imports_closes_and_reopens_at_once_never_change_a_closed_month_nor_decide_on_an_open_last_month()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        await WorldAsync(runtime);
        var periods = new PeriodLockWriter(runtime.DataSource, runtime.Store, runtime.Clock);
        (await periods.CloseAsync(Campaign, December, "admin", null)).Accepted.Should().BeTrue();
        var candidate = AwardJudge.Judge((await RegistryQueries.SnapshotAsync(runtime.DataSource, Campaign))!).First();
        (await periods.ReopenAsync(Campaign, January, "admin", "vòng thử")).Accepted.Should().BeTrue();

        var accepted = (Figures: 0, Decisions: 0);
        for (var round = 1; round <= Rounds; round++)
        {
            var figure = ProductDatabase.ImportAsync(runtime, ImportKind.Measurements,
                MeasurementsHeader + $"CD2025;D01;AL;2025-01;{100 + round};\n", acceptWarnings: true);
            var decision = ProductDatabase.ImportAsync(runtime, ImportKind.AwardDecisions,
                $"campaign;form;unit;decision\n{Campaign};{candidate.Form};{candidate.Unit};{(round % 2 == 0 ? "approved" : "deferred")}\n");
            var change = round % 2 == 1
                ? periods.CloseAsync(Campaign, December, "admin", null)
                : periods.ReopenAsync(Campaign, January, "admin", "vòng thử");
            await Task.WhenAll(figure, decision, change);
            if ((await figure).Accepted) accepted.Figures++;
            if ((await decision).Accepted) accepted.Decisions++;
            (await change).Accepted.Should().BeTrue();
        }

        accepted.Figures.Should().BeGreaterThan(0);
        accepted.Decisions.Should().BeGreaterThan(0);
        await AssertNoFigureChangedAfterItsCloseAsync();
        (await db.ScalarAsync("""
            select count(*) from es_events d
            where d.type = 'award_decided' and coalesce((
                select p.type from es_events p where p.stream_id = 'campaign-CD2025/periods' and p.seq < d.seq order by p.seq desc limit 1), '') <> 'periods_closed'
            """)).Should().Be(0, "a decision needs the last month closed when it is recorded (here every close is through December, every reopen from January)");
    }

    // The world once per class: its measurements file changes January again once a test has changed it.
    private async Task WorldAsync(Hosting.ThiDuaRuntime runtime)
    {
        if (await db.ScalarAsync("select count(*) from rm_campaigns") == 0) await ImportWorld.ImportAsync(runtime, bulk: false);
    }

    // January's figures: none recorded after a close of it, unless a reopen came in between.
    private async Task AssertNoFigureChangedAfterItsCloseAsync()
    {
        (await db.ScalarAsync("select count(*) from es_events where stream_id = 'campaign-CD2025/periods'")).Should().BeGreaterThan(0);
        (await db.ScalarAsync("""
            select count(*) from es_events where type = 'measurement_corrected' and stream_id like 'campaign-CD2025/%' and data->>'period' = '2025-01'
            """)).Should().BeGreaterThan(0, "the query below looks at the events it should");
        (await db.ScalarAsync("""
            select count(*) from es_events m
            where m.type in ('measurement_recorded', 'measurement_corrected') and m.stream_id like 'campaign-CD2025/%' and m.data->>'period' = '2025-01'
              and (select p.type from es_events p where p.stream_id = 'campaign-CD2025/periods' and p.seq < m.seq order by p.seq desc limit 1) = 'periods_closed'
            """)).Should().Be(0, "an import recorded after the close cannot have changed the closed month");
    }

    // A file whose rows come only once the test lets them: the import has begun (and holds its turn) when it first reads.
    private sealed class HeldStream(string text) : MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))
    {
        private readonly TaskCompletionSource _reading = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly ManualResetEventSlim _released = new();

        public Task Reading => _reading.Task;

        public void Release() => _released.Set();

        public override int Read(byte[] buffer, int offset, int count)
        {
            _reading.TrySetResult();
            _released.Wait(TimeSpan.FromSeconds(30));
            return base.Read(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            _reading.TrySetResult();
            _released.Wait(TimeSpan.FromSeconds(30));
            return base.Read(buffer);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _reading.TrySetResult();
            await Task.Run(() => _released.Wait(TimeSpan.FromSeconds(30)), cancellationToken);
            return await base.ReadAsync(buffer, cancellationToken);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _released.Dispose();
            base.Dispose(disposing);
        }
    }
}
