using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// Restructuring re-parents units (a commune moved from its district to the province). A wrong code in the parent
/// column that names a person put the commune under that person: accepted, and the tree showed it so.
/// </summary>
public sealed class ReparentedUnitImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Fact]
    public async Task A_unit_moved_under_an_individual_is_refused_naming_the_person_and_the_collective_they_belong_to()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units,
            UnitsHeader + "D02;Phòng 2;collective;ORG;K1\nX9;Xã mới;collective;P01;K1\n", dryRun: true);

        outcome.Accepted.Should().BeFalse();
        var error = outcome.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column, error.Value).Should().Be((3, "parent", "P01"));
        error.MessageVi.Should().Be("Đơn vị cha 'P01' (Nguyễn Văn An) là cá nhân: đơn vị chỉ trực thuộc một tập thể. "
            + "Sửa mã ở cột parent (cá nhân này thuộc 'D01'), hoặc để trống nếu là đơn vị cấp cao nhất.");
        error.MessageEn.Should().Be("Parent 'P01' (Nguyễn Văn An) is an individual: a unit can only belong to a collective. "
            + "Correct the code in the parent column (this person belongs to 'D01'), or leave it empty for a top-level unit.");
    }

    [Fact]
    public async Task A_collective_with_units_under_it_cannot_become_an_individual()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, UnitsHeader + "D01;Phòng 1;individual;ORG;K1\n", dryRun: true);

        var error = outcome.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column, error.Value).Should().Be((2, "kind", "individual"));
        error.MessageVi.Should().Be("'D01' có đơn vị trực thuộc (P01, P02) nên không thể là cá nhân: giữ loại tập thể, "
            + "hoặc chuyển các đơn vị đó sang đơn vị cha khác trong cùng tệp.");
        error.MessageEn.Should().Be("'D01' has units under it (P01, P02), so it cannot be an individual: keep it a collective, "
            + "or move those units to another parent in the same file.");
    }
}
