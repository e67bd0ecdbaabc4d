using ThiDua.Import.Parsing;
using ThiDua.Web.Imports;

namespace ThiDua.Tests.Web;

/// <summary>
/// A pending or refused upload is kept a day: its id (in the check page's links, the marked copy's, a browser's history)
/// stops working after that even when no later upload has swept the folder — it was good for as long as nobody uploaded.
/// </summary>
public sealed class UploadExpiryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-upload-expiry-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task An_upload_older_than_a_day_is_gone_though_no_upload_swept_it_since()
    {
        var store = new UploadStore(_dir);
        var upload = await store.SaveAsync(new MemoryStream("code,name\n"u8.ToArray()), "units.csv", ImportKind.Units, NumberCulture.Vi, null, CancellationToken.None);
        store.Find(upload.Id).Should().NotBeNull();

        // Saved 25 hours ago, as the folder's clock reads it: the files' own times, not a wait.
        foreach (var file in Directory.GetFiles(_dir)) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-25));

        store.Find(upload.Id).Should().BeNull("the pages say an upload is kept a day");
    }
}
