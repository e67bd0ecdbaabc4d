using ThiDua.EventStore.Appending;

namespace ThiDua.Tests.EventStore.Conformance;

/// <summary>Guarantee: an append at an expected version that is no longer current fails and says so; nothing is lost.</summary>
public sealed class OptimisticConcurrencyTests(EventStoreDatabase db) : IClassFixture<EventStoreDatabase>
{
    private const int Writers = 8;
    private const int EachWrites = 20;

    [Fact]
    public async Task Eight_writers_on_one_stream_lose_no_event_and_every_conflict_is_reported()
    {
        var store = db.Store();
        await store.AppendAsync([EventStoreDatabase.Add("oc", ExpectedVersion.NoStream, 0)]);
        using var gate = new ManualResetEventSlim();
        var conflicts = new System.Collections.Concurrent.ConcurrentBag<ConcurrencyException>();
        var attempts = 0;
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            // Every writer reads version 1 before the gate opens: the first round is a real race.
            var expected = await StoreProbe.StreamVersionAsync(db.DataSource, "oc");
            gate.Wait();
            for (var done = 0; done < EachWrites;)
            {
                Interlocked.Increment(ref attempts);
                try
                {
                    await store.AppendAsync([EventStoreDatabase.Add("oc", expected, 1000 * (w + 1) + done)]);
                    done++;
                    expected++;
                }
                catch (ConcurrencyException e)
                {
                    conflicts.Add(e);
                    expected = await StoreProbe.StreamVersionAsync(db.DataSource, "oc"); // read again, retry
                }
            }
        })).ToList();
        gate.Set();
        await Task.WhenAll(writers);

        var events = await db.Reader().ReadStreamAsync("oc");
        events.Select(e => e.Version).Should().Equal(Enumerable.Range(1, 1 + Writers * EachWrites).Select(v => (long)v), "versions are contiguous");
        var amounts = events.Skip(1).Select(e => e.As<Counted>().Amount).ToList();
        foreach (var w in Enumerable.Range(0, Writers))
            amounts.Where(a => a / 1000 == w + 1).Should().Equal(Enumerable.Range(0, EachWrites).Select(i => 1000 * (w + 1) + i), $"writer {w} lost nothing, in its order");
        conflicts.Count.Should().Be(attempts - Writers * EachWrites, "every attempt that did not append was reported");
        conflicts.Count.Should().BeGreaterThanOrEqualTo(Writers - 1, "seven writers lost the first race");
        conflicts.Should().OnlyContain(e => e.StreamId == "oc" && e.Actual > e.Expected);
    }
}
