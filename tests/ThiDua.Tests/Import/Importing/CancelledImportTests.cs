using System.Text;
using ThiDua.Cli.Importing;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Import.Importing;

/// <summary>An import whose token is cancelled halfway through the file (Ctrl+C in the CLI) stops with nothing written.</summary>
public sealed class CancelledImportTests(ProductDatabase db) : IClassFixture<ProductDatabase>
{
    [Fact]
    public async Task Cancelling_halfway_through_a_file_stops_the_import_as_a_stop_and_writes_nothing()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var csv = new StringBuilder("code;name;kind;parent;cluster\n");
        for (var i = 0; i < 30_000; i++) csv.Append("HUY").Append(i).Append(";Đơn vị ").Append(i).Append(";collective;;\n");
        var before = await DatabaseFingerprint.TakeAsync(db);
        using var stop = new CancellationTokenSource();
        // Cancelled once the reader is well into the file: rows have been handled, the commit is still far off.
        await using var content = new CancelAfterStream(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), 256 * 1024, stop);

        var import = () => new CsvImporter(runtime.DataSource, runtime.Store, runtime.Clock)
            .ImportAsync(content, new ImportRequest("don_vi.csv", ImportKind.Units, NumberCulture.Vi, false, "test"), ct: stop.Token);

        var thrown = await import.Should().ThrowAsync<OperationCanceledException>();
        ImportStopped.IsStop(thrown.Which, stop.Token).Should().BeTrue("the CLI says 'stopped on request' for it");
        content.Position.Should().BeLessThan(content.Length, "the file was not read to its end");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    /// <summary>A stream that cancels <paramref name="stop"/> once <paramref name="after"/> bytes have been read, as a Ctrl+C mid-file.</summary>
    private sealed class CancelAfterStream(MemoryStream inner, long after, CancellationTokenSource stop) : ThiDua.Import.Parsing.ReadOnlyForwardStream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            if (inner.Position >= after) stop.Cancel();
            return n;
        }

        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
