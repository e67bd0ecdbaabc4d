using ThiDua.Import.Importing;

namespace ThiDua.Tests.Import.Importing;

public class ChunkedListTests
{
    [Fact]
    public void A_chunked_list_reads_back_what_was_added_across_chunks()
    {
        var list = new ChunkedList<decimal>();
        for (var i = 0; i < 10_000; i++) list.Add(i / 10m);

        list.Count.Should().Be(10_000);
        list[0].Should().Be(0m);
        list[4095].Should().Be(409.5m);
        list[4096].Should().Be(409.6m);
        list[9999].Should().Be(999.9m);
    }
}
