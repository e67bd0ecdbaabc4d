using System.Text;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>Text arriving decomposed (NFD, as macOS writes it) is stored composed (NFC): one name, one code, whatever the source.</summary>
public sealed class DecomposedTextImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Fact]
    public async Task A_decomposed_name_and_code_are_stored_composed_and_the_composed_file_changes_nothing()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        const string row = "PHÒNG-Ý;Phòng Kế hoạch – Tài chính;collective;ORG;\n";

        var decomposed = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, UnitsHeader + row.Normalize(NormalizationForm.FormD));
        var composed = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, UnitsHeader + row);

        decomposed.Created.Should().Be(1, string.Join("; ", decomposed.Errors));
        (composed.Created, composed.Changed, composed.Unchanged).Should().Be((0, 0, 1));
        (await db.ScalarAsync("select count(*) from rm_units where code = 'PHÒNG-Ý' and definition->>'name' = 'Phòng Kế hoạch – Tài chính'")).Should().Be(1);
    }
}
