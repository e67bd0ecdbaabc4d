using ThiDua.Import.Importing;

namespace ThiDua.Tests.Import.Importing;

/// <summary>The in-file duplicate check's own storage: it must answer exactly as a dictionary would, at any size.</summary>
public class DenseKeyIndexTests
{
    [Fact]
    public void Keys_are_numbered_in_first_seen_order_and_a_repeat_gets_its_first_number()
    {
        var index = new DenseKeyIndex();
        var expected = new Dictionary<long, int>();
        var random = new Random(7);
        // Packed keys like the import's (unit << 32 | column), extremes, and repeats of earlier keys.
        var keys = Enumerable.Range(0, 300_000).Select(i => i % 5 == 4 ? ((long)random.Next(i / 40 + 1) << 32) | (uint)(i % 144) : ((long)(i / 144) << 32) | (uint)(i % 144))
            .Concat([long.MinValue, long.MaxValue, 0, -1, long.MinValue]);

        foreach (var key in keys)
        {
            var added = index.TryAdd(key, out var number);
            if (expected.TryGetValue(key, out var first))
            {
                added.Should().BeFalse();
                number.Should().Be(first);
            }
            else
            {
                added.Should().BeTrue();
                number.Should().Be(expected.Count);
                expected[key] = number;
            }
        }
        index.Count.Should().Be(expected.Count);
    }
}
