using ThiDua.EventStore.Appending;
using ThiDua.Hosting;
using ThiDua.Measurements.Recording;
using ThiDua.Periods;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Registry;

/// <summary>
/// rm_measurements takes first reports by COPY (new keys) and the rest by upsert: the value in force is still the one
/// recorded last, incremental or rebuilt, even for a log that reports a key "first" twice.
/// </summary>
public sealed class MeasurementRowsTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    private static readonly DateTimeOffset At = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_first_report_and_its_correction_in_one_append_keep_the_correction()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var period = YearMonth.Parse("2024-02");
        await AppendAsync(runtime, "campaign-Q1/unit-A",
            new MeasurementRecorded("Q1", "A", "I1", period, 10m, null, At),
            new MeasurementCorrected("Q1", "A", "I1", period, 12.5m, 10m, "sửa", At.AddHours(1)));

        (await ValueAsync("Q1", "A")).Should().Be((12.5m, "sửa"));
        await runtime.RebuildAsync();
        (await ValueAsync("Q1", "A")).Should().Be((12.5m, "sửa"));
    }

    [Fact]
    public async Task A_key_reported_first_twice_falls_back_to_upsert_and_the_last_one_wins()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var period = YearMonth.Parse("2024-02");
        await AppendAsync(runtime, "campaign-Q2/unit-A", new MeasurementRecorded("Q2", "A", "I1", period, 10m, null, At));
        // Not something an import decides (it sees the stored value); written directly, the registry must still cope.
        await AppendAsync(runtime, "campaign-Q2/unit-A", new MeasurementRecorded("Q2", "A", "I1", period, 7m, "lần 2", At.AddHours(1)),
            new MeasurementRecorded("Q2", "A", "I2", period, 3m, null, At.AddHours(1)));

        (await ValueAsync("Q2", "A")).Should().Be((7m, "lần 2"));
        await runtime.RebuildAsync();
        (await ValueAsync("Q2", "A")).Should().Be((7m, "lần 2"));
        (await CountAsync("Q2")).Should().Be(2);
    }

    [Fact]
    public async Task A_correction_of_a_stored_month_stays_on_its_page_without_touching_the_index()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var period = YearMonth.Parse("2024-05");
        // Enough first reports after it to fill its page: a full page would send the correction's new version elsewhere.
        await AppendAsync(runtime, "campaign-HF/unit-A", Enumerable.Range(0, 300)
            .Select(i => (object)new MeasurementRecorded("HF", "A", $"I{i:D3}", period, i, null, At)).ToArray());
        var before = await PageOfAsync("HF", "I000");

        await AppendAsync(runtime, "campaign-HF/unit-A", new MeasurementCorrected("HF", "A", "I000", period, 99m, 0m, "sửa", At.AddDays(1)));

        (await PageOfAsync("HF", "I000")).Should().Be(before, "a tenth of each page is kept free for a month's corrections (fillfactor 90)");
    }

    private static async Task AppendAsync(ThiDuaRuntime runtime, string stream, params object[] events) =>
        await runtime.Store.AppendAsync([new StreamAppend(stream, ExpectedVersion.Any,
            events.Select(e => new NewEvent(Guid.NewGuid(), e, new EventMetadata("test"))).ToList())]);

    private async Task<(decimal, string?)> ValueAsync(string campaign, string unit)
    {
        await using var cmd = db.DataSource.CreateCommand("select value, note from rm_measurements where campaign = @c and unit = @u and indicator = 'I1'");
        cmd.Parameters.AddWithValue("c", campaign);
        cmd.Parameters.AddWithValue("u", unit);
        await using var reader = await cmd.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue();
        return (reader.GetDecimal(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    private async Task<long> CountAsync(string campaign)
    {
        await using var cmd = db.DataSource.CreateCommand("select count(*) from rm_measurements where campaign = @c");
        cmd.Parameters.AddWithValue("c", campaign);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    private async Task<string> PageOfAsync(string campaign, string indicator)
    {
        await using var cmd = db.DataSource.CreateCommand(
            "select split_part(trim(both '()' from ctid::text), ',', 1) from rm_measurements where campaign = @c and unit = 'A' and indicator = @i");
        cmd.Parameters.AddWithValue("c", campaign);
        cmd.Parameters.AddWithValue("i", indicator);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }
}
