using ThiDua.Import.Parsing;
using ThiDua.Web.Errors;
using ThiDua.Web.Imports;

namespace ThiDua.Tests.Web;

/// <summary>
/// An upload the server cannot keep (THIDUA_UPLOADS full, not writable, a file in its place) is refused with a bilingual
/// 507 saying nothing was imported and what to do — /imports answered a bare 500 "unexpected error" — and no half-stored
/// file is left in the folder (a full disk left an empty pending file behind).
/// </summary>
public sealed class UploadStoreFailureTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-upload-store-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_file_in_place_of_the_uploads_folder_is_a_507_saying_nothing_was_imported()
    {
        var file = Path.Combine(_dir, "uploads");
        File.WriteAllText(file, "kept");
        var store = new UploadStore(file);

        var save = () => store.SaveAsync(new MemoryStream("code,name\n"u8.ToArray()), "units.csv", ImportKind.Units, NumberCulture.Vi, null, CancellationToken.None);

        var refused = (await save.Should().ThrowAsync<RequestRejectedException>()).Which;
        refused.Status.Should().Be(507);
        refused.Message.Should().Contain("THIDUA_UPLOADS").And.Contain("chưa có gì được nhập").And.Contain("nothing was imported")
            .And.Contain("upload the file again").And.NotContain(file, "the analyst is told the setting; the log has the path");
        File.ReadAllText(file).Should().Be("kept");
    }

    [Fact]
    public async Task A_write_failing_half_way_leaves_no_pending_file()
    {
        var folder = Path.Combine(_dir, "uploads");
        var store = new UploadStore(folder);

        var save = () => store.SaveAsync(new FailsAfterSomeBytes(), "measurements.csv", ImportKind.Measurements, NumberCulture.Vi, null, CancellationToken.None);

        var refused = (await save.Should().ThrowAsync<RequestRejectedException>()).Which;
        refused.Status.Should().Be(507);
        refused.Message.Should().Contain("đĩa đầy").And.Contain("the disk is full");
        Directory.GetFiles(folder).Should().BeEmpty("a half-stored upload could never be confirmed: it must not be kept");
    }

    // Hands out a first block, then fails as the copy does when the disk fills (errno 28).
    private sealed class FailsAfterSomeBytes : ThiDua.Import.Parsing.ReadOnlyForwardStream
    {
        private bool _given;

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_given) throw new IOException("No space left on device", 28);
            _given = true;
            Array.Fill(buffer, (byte)'x', offset, Math.Min(count, 1024));
            return Math.Min(count, 1024);
        }

    }
}
