using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace ThiDua.Web.Imports;

/// <summary>
/// Keeps a file between the dry run and the confirmation, under a random id, so the analyst confirms exactly
/// the bytes that were checked (no re-upload). A file older than a day is not found, and swept on the next upload.
/// Each user keeps at most <see cref="KeptPerUser"/> uploads: a new one lets go of that user's oldest, so one analyst
/// uploading 100 MB files over and over cannot fill the disk for everyone (every upload used to be kept a day).
/// </summary>
public sealed partial class UploadStore(string directory)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    /// <summary>How many uploads one user has waiting at most (each up to the upload limit, 100 MB by default).</summary>
    public const int KeptPerUser = 10;

    public async Task<PendingUpload> SaveAsync(Stream content, string fileName, Import.Parsing.ImportKind kind, Import.Parsing.NumberCulture culture, string? sheet,
        CancellationToken ct, string? owner = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var upload = new PendingUpload(Guid.NewGuid().ToString("N"), fileName, kind, culture, sheet) { Owner = owner };
        try
        {
            // Readable by this service's user only: an upload is data the analyst has not released yet.
            if (OperatingSystem.IsWindows()) System.IO.Directory.CreateDirectory(directory);
            else System.IO.Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Sweep();
            if (owner is not null) KeepNewest(owner, KeptPerUser - 1);
            await using (var file = new FileStream(DataPath(upload.Id), OwnerOnly(FileMode.CreateNew)))
                await content.CopyToAsync(file, ct);
            WriteMeta(upload);
        }
        catch (Exception e) when (Hosting.FileSystemErrors.Is(e))
        {
            // A full disk or a folder that cannot be written: no half-stored file is kept, and the analyst is told why.
            TryDelete(upload.Id);
            throw NotStored(e);
        }
        return upload;
    }

    // 507: the server's storage is at fault, not the file. The folder is named by its setting; the log has the path.
    private static Errors.RequestRejectedException NotStored(Exception e)
    {
        var (vi, en) = Hosting.FileSystemErrors.IsDiskFull(e) ? ("đĩa đầy", "the disk is full")
            : Hosting.FileSystemErrors.IsForbidden(e) || Hosting.FileSystemErrors.IsReadOnly(e) ? ("không có quyền ghi", "it cannot be written")
            : ("lỗi ghi tệp", "a write error");
        return new Errors.RequestRejectedException(StatusCodes.Status507InsufficientStorage,
            $"Máy chủ không lưu được tệp tải lên vào thư mục chờ nhập (THIDUA_UPLOADS: {vi}); chưa có gì được nhập và không còn tệp ghi dở — "
            + "báo quản trị viên giải phóng chỗ trống hoặc đặt THIDUA_UPLOADS sang thư mục khác, rồi tải tệp lên lại / "
            + $"the server could not store the upload in its pending-imports folder (THIDUA_UPLOADS: {en}); nothing was imported and no "
            + "half-stored file was kept — ask the administrator to free some space or set THIDUA_UPLOADS to another folder, then upload the file again.",
            e);
    }

    /// <summary>The pending upload, or null for an unknown, expired or malformed id.</summary>
    public PendingUpload? Find(string id)
    {
        // Expired by its age, not only once an upload sweeps it: with no upload since, a refused file's copy and its id
        // (in a page's link, a browser's history) stayed good for days after the "a day" the pages promise.
        if (!IdShape().IsMatch(id ?? "") || !File.Exists(MetaPath(id!)) || !File.Exists(DataPath(id!)) || Expired(DataPath(id!))) return null;
        return JsonSerializer.Deserialize<PendingUpload>(File.ReadAllText(MetaPath(id!)));
    }

    public Stream Open(PendingUpload upload) => File.OpenRead(DataPath(upload!.Id));

    /// <summary>The same stored file to be read from another sheet.</summary>
    public PendingUpload WithSheet(PendingUpload upload, string sheet)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var changed = upload with { Sheet = sheet };
        WriteMeta(changed);
        return changed;
    }

    // The file's name, kind and sheet: owner-only as the data is. THIDUA_UPLOADS may be a shared folder made beforehand,
    // readable by others (the folder's own mode is set only when ThiDua creates it); the description was world-readable.
    private void WriteMeta(PendingUpload upload)
    {
        using var file = new FileStream(MetaPath(upload.Id), OwnerOnly(FileMode.Create));
        JsonSerializer.Serialize(file, upload);
    }

    private static FileStreamOptions OwnerOnly(FileMode mode)
    {
        var options = new FileStreamOptions { Mode = mode, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    public void Delete(PendingUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        File.Delete(DataPath(upload.Id));
        File.Delete(MetaPath(upload.Id));
    }

    private void TryDelete(string id)
    {
        ThiDua.Reports.AtomicFile.TryDelete(DataPath(id));
        ThiDua.Reports.AtomicFile.TryDelete(MetaPath(id));
    }

    private void Sweep()
    {
        foreach (var file in System.IO.Directory.GetFiles(directory))
            if (Expired(file))
                try { File.Delete(file); } catch (IOException) { } catch (UnauthorizedAccessException) { } // another instance may be sweeping too
    }

    // The owner's uploads beyond the newest keep (by the time their description was written) are let go.
    private void KeepNewest(string owner, int keep)
    {
        var own = new List<(string Id, DateTime At)>();
        foreach (var meta in System.IO.Directory.GetFiles(directory, "*.json"))
        {
            try
            {
                var upload = JsonSerializer.Deserialize<PendingUpload>(File.ReadAllText(meta));
                if (upload?.Owner == owner) own.Add((upload.Id, File.GetLastWriteTimeUtc(meta)));
            }
            catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
            {
                // Swept or being written by another instance, or not ours to read: not counted.
            }
        }
        foreach (var (id, _) in own.OrderByDescending(u => u.At).Skip(keep)) TryDelete(id);
    }

    private static bool Expired(string file) => DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > KeepFor;

    private string DataPath(string id) => Path.Combine(directory, id + ".csv");

    private string MetaPath(string id) => Path.Combine(directory, id + ".json");

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdShape();
}
