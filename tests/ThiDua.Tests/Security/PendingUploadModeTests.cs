using ThiDua.Import.Parsing;
using ThiDua.Web.Imports;

namespace ThiDua.Tests.Security;

/// <summary>A pending upload's two files (its bytes and its description) are readable by the service's user only.</summary>
public sealed class PendingUploadModeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-upload-mode-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task An_upload_kept_in_a_shared_folder_others_can_read_is_not_readable_by_them()
    {
        // THIDUA_UPLOADS made beforehand on shared storage, open to every local account: ThiDua does not change its mode.
        File.SetUnixFileMode(_dir, (UnixFileMode)Convert.ToInt32("755", 8));
        var store = new UploadStore(_dir);

        var upload = await store.SaveAsync(new MemoryStream("code;name\n"u8.ToArray()), "Số liệu.xlsx", ImportKind.Units, NumberCulture.Vi, null, CancellationToken.None);
        store.WithSheet(upload, "Trang 2");

        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Directory.GetFiles(_dir).Should().HaveCount(2).And.OnlyContain(f => File.GetUnixFileMode(f) == ownerOnly);
        store.Find(upload.Id)!.Sheet.Should().Be("Trang 2");
    }
}
