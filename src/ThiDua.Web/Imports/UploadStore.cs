using System.Text.Json;
using System.Text.RegularExpressions;

namespace ThiDua.Web.Imports;

/// <summary>
/// Keeps a file between the dry run and the confirmation, under a random id, so the analyst confirms exactly
/// the bytes that were checked (no re-upload). Files older than a day are swept on the next upload.
/// </summary>
public sealed partial class UploadStore(string directory)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    public async Task<PendingUpload> SaveAsync(Stream content, string fileName, Import.Parsing.ImportKind kind, Import.Parsing.NumberCulture culture, string? sheet, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        // Readable by this service's user only: an upload is data the analyst has not released yet.
        if (OperatingSystem.IsWindows()) System.IO.Directory.CreateDirectory(directory);
        else System.IO.Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Sweep();
        var upload = new PendingUpload(Guid.NewGuid().ToString("N"), fileName, kind, culture, sheet);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        await using (var file = new FileStream(DataPath(upload.Id), options))
            await content.CopyToAsync(file, ct);
        await File.WriteAllTextAsync(MetaPath(upload.Id), JsonSerializer.Serialize(upload), ct);
        return upload;
    }

    /// <summary>The pending upload, or null for an unknown, expired or malformed id.</summary>
    public PendingUpload? Find(string id)
    {
        if (!IdShape().IsMatch(id ?? "") || !File.Exists(MetaPath(id!)) || !File.Exists(DataPath(id!))) return null;
        return JsonSerializer.Deserialize<PendingUpload>(File.ReadAllText(MetaPath(id!)));
    }

    public Stream Open(PendingUpload upload) => File.OpenRead(DataPath(upload!.Id));

    /// <summary>The same stored file to be read from another sheet.</summary>
    public PendingUpload WithSheet(PendingUpload upload, string sheet)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var changed = upload with { Sheet = sheet };
        File.WriteAllText(MetaPath(upload.Id), JsonSerializer.Serialize(changed));
        return changed;
    }

    public void Delete(PendingUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        File.Delete(DataPath(upload.Id));
        File.Delete(MetaPath(upload.Id));
    }

    private void Sweep()
    {
        foreach (var file in System.IO.Directory.GetFiles(directory))
            if (DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > KeepFor)
                try { File.Delete(file); } catch (IOException) { } // another instance may be sweeping too
    }

    private string DataPath(string id) => Path.Combine(directory, id + ".csv");

    private string MetaPath(string id) => Path.Combine(directory, id + ".json");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdShape();
}
