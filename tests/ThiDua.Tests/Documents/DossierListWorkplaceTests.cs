namespace ThiDua.Tests.Documents;

/// <summary>
/// The reviewer looks a person up in the danh sách of the tờ trình, the biên bản and the tổng kết: the decision that
/// follows names whom it awards with their unit, and the lists said only "Hà Thị Phương" beside her cluster — her unit,
/// Phòng Thông tin - Báo chí - Xuất bản, was written only in her own báo cáo thành tích. Collectives keep their name.
/// The seed as the demo loads it, decisions recorded, so the biên bản lists the meeting's result too.
/// </summary>
public sealed class DossierListWorkplaceTests(DecidedSeedDatabase db) : IClassFixture<DecidedSeedDatabase>, IDisposable
{
    private const string Person = "Hà Thị Phương, Phòng Thông tin - Báo chí - Xuất bản (Sở TT&TT Bắc Kạn)";
    private readonly string dir = Directory.CreateTempSubdirectory("thidua-dossier-lists-").FullName;

    [Fact]
    public async Task A_person_is_listed_with_their_unit_in_every_list_of_the_dossier()
    {
        var folder = await DossierCommand.RunAsync(db.ConnectionString, DecidedSeedDatabase.Campaign, Path.Combine(dir, "out"));

        foreach (var file in new[] { "to-trinh.docx", "bien-ban.docx", "tong-ket.docx" })
        {
            var names = DocxReadBack.Open(Path.Combine(folder, file)).Tables
                .Where(t => t[0].Take(3).SequenceEqual(["TT", "Tên tập thể, cá nhân", "Cụm, khối"]))
                .SelectMany(t => t.Skip(1)).Select(r => r[1]).ToList();
            names.Should().Contain(Person, $"{file} names the person with where she works")
                .And.NotContain("Hà Thị Phương")
                .And.Contain("Văn phòng Sở (Sở TT&TT Bắc Kạn)", "a collective is named by itself");
        }
        var minutes = DocxReadBack.Open(Path.Combine(folder, "bien-ban.docx"));
        minutes.TableHeaded("TT", "Hình thức", "Tên tập thể, cá nhân", "Quyết định").Skip(1).Select(r => r[2])
            .Should().Contain(Person, "the meeting's result names her as the lists do");
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
