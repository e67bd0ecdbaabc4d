using ThiDua.Tests.Cli;

namespace ThiDua.Tests.Documents;

/// <summary>
/// A file where the dossier's folder goes (a clerk's copy named like it): the command says which file and what to do, in
/// Vietnamese and English, exit 1, and leaves nothing behind — the whole dossier was left in <c>….tmp</c> beside it.
/// </summary>
public sealed class DossierFolderInTheWayTests(SeededDatabase db) : IClassFixture<SeededDatabase>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("thidua-dossier-in-the-way-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task A_file_in_place_of_the_dossier_folder_is_named_and_nothing_is_left_aside()
    {
        var file = Path.Combine(_dir, "BK2021-BAUCU-ho-so-khen-thuong");
        File.WriteAllText(file, "bản của văn thư");

        var result = await ThiDuaProcess.RunAsync("report", "dossier", "--campaign", "BK2021-BAUCU", "--out", _dir, "--database", db.ConnectionString);

        result.ExitCode.Should().Be(1, result.ToString());
        result.Stderr.Should().Contain($"{file} là một tệp, chắn chỗ thư mục hồ sơ: đổi tên hoặc xóa tệp đó")
            .And.Contain("is a file where the dossier's folder goes: rename or remove it").And.NotContain("already exists");
        File.ReadAllText(file).Should().Be("bản của văn thư");
        Directory.GetFileSystemEntries(_dir).Should().Equal([file], "no half dossier nor a set written aside is left");
    }
}
