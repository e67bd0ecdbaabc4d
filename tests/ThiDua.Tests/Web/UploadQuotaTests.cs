using ThiDua.Import.Parsing;
using ThiDua.Web.Imports;

namespace ThiDua.Tests.Web;

/// <summary>
/// Every upload was kept a day whoever sent it: one analyst sending 100 MB files over and over could fill the server's
/// disk for everyone. Each user now keeps at most ten waiting; an eleventh lets go of that user's oldest only.
/// </summary>
public sealed class UploadQuotaTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-upload-quota-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task An_eleventh_upload_lets_go_of_the_same_users_oldest_and_nobody_elses()
    {
        var store = new UploadStore(_dir);
        var other = await SaveAsync(store, "clerk-b");
        var own = new List<PendingUpload>();
        for (var i = 0; i < UploadStore.KeptPerUser + 1; i++) own.Add(await SaveAsync(store, "clerk-a"));

        store.Find(own[0].Id).Should().BeNull("clerk-a's oldest upload makes room for the eleventh");
        own.Skip(1).Should().OnlyContain(u => store.Find(u.Id) != null);
        store.Find(other.Id).Should().NotBeNull("another user's uploads are not counted against clerk-a");
        Directory.GetFiles(_dir).Should().HaveCount(2 * (UploadStore.KeptPerUser + 1), "a data file and a description per upload kept");
    }

    private static Task<PendingUpload> SaveAsync(UploadStore store, string owner) =>
        store.SaveAsync(new MemoryStream("code,name\n"u8.ToArray()), "units.csv", ImportKind.Units, NumberCulture.Vi, null, CancellationToken.None, owner);
}
