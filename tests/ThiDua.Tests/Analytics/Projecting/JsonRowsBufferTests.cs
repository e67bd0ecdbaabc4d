using System.Text.Json;
using ThiDua.Analytics.Projecting;

namespace ThiDua.Tests.Analytics.Projecting;

/// <summary>Stored rows are written in 64 KB segments: the bytes must be the serializer's, whatever the size.</summary>
public class JsonRowsBufferTests
{
    private sealed record Row(string Unit, decimal Value, string Note);

    private static List<Row> Rows(int count, int noteLength) =>
        [.. Enumerable.Range(0, count).Select(i => new Row($"Đơn vị {i}", i / 7m, new string('ư', noteLength)))];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 10)]
    [InlineData(5_000, 40)]   // ≈ 500 KB: many segments
    [InlineData(2, 100_000)]  // one value larger than a segment
    public void Rows_in_segments_are_the_bytes_of_the_serializer(int count, int noteLength)
    {
        var rows = Rows(count, noteLength);
        var expected = JsonSerializer.Serialize(rows, StoredAnalytics.Json);
        var buffer = new JsonRowsBuffer();

        buffer.Json(rows).ToString().Should().Be(expected);
        buffer.Length.Should().Be(System.Text.Encoding.UTF8.GetByteCount(expected));
    }

    [Fact]
    public void A_buffer_reused_for_fewer_rows_holds_only_the_new_ones()
    {
        var buffer = new JsonRowsBuffer();
        buffer.Json(Rows(5_000, 40));

        buffer.Json(Rows(2, 3)).ToString().Should().Be(JsonSerializer.Serialize(Rows(2, 3), StoredAnalytics.Json));
        buffer.Segments.Should().ContainSingle();
    }
}
