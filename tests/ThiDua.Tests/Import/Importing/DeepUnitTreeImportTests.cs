using System.Diagnostics;
using System.Text;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>The units file's cycle check walks each unit once: a 20,000-deep chain is checked in one pass, and a loop is named.</summary>
public sealed class DeepUnitTreeImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    [Fact]
    public async Task A_20000_deep_parent_chain_is_checked_in_one_walk()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var csv = new StringBuilder(UnitsHeader);
        for (var i = 1; i <= 20_000; i++) csv.Append($"Z{i:00000};Tổ {i};collective;{(i == 1 ? "ORG" : $"Z{i - 1:00000}")};\n");
        var watch = Stopwatch.StartNew();

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, csv.ToString(), dryRun: true);

        outcome.Accepted.Should().BeTrue();
        outcome.Created.Should().Be(20_000);
        // Not a timing goal (those live in the benchmarks): a quadratic walk took 183 s here; anything near that is the old bug.
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_unit_whose_chain_runs_into_a_loop_is_told_so_and_the_loop_is_named()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units,
            UnitsHeader + "Y1;Tổ 1;collective;Y2;\nY2;Tổ 2;collective;Y1;\nY3;Tổ 3;collective;Y1;\n", dryRun: true);

        outcome.Errors.Select(e => (e.Line, e.MessageEn)).Should().Equal(
            (2, "The parent chain of 'Y1' loops back to itself: Y1 → Y2 → Y1. " + BreakLoop),
            (3, "The parent chain of 'Y2' loops back to itself: Y2 → Y1 → Y2. " + BreakLoop),
            (4, "The parent chain of 'Y3' runs into a loop: Y1 → Y2 → Y1. " + BreakLoop));
    }

    private const string BreakLoop = "Correct the parent of one unit in the loop (empty for the top-level unit), then import again.";

    [Fact]
    public async Task A_loop_or_a_unit_that_is_its_own_parent_says_how_to_fix_it_in_both_languages()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units,
            UnitsHeader + "Z1;Tổ 1;collective;Z2;\nZ2;Tổ 2;collective;Z1;\nZ3;Tổ 3;collective;Z3;\n", dryRun: true);

        outcome.Errors.Should().HaveCount(3).And.OnlyContain(e => e.Column == "parent");
        outcome.Errors.Take(2).Should().OnlyContain(e =>
            e.MessageVi.EndsWith("Sửa cột parent của một đơn vị trong vòng (để trống ở đơn vị cấp cao nhất) rồi nhập lại.", StringComparison.Ordinal)
            && e.MessageEn.EndsWith(BreakLoop, StringComparison.Ordinal));
        var own = outcome.Errors[2];
        own.Line.Should().Be(4);
        own.MessageVi.Should().Be("Đơn vị không thể là đơn vị cha của chính nó: sửa mã ở cột parent (để trống nếu là đơn vị cấp cao nhất).");
        own.MessageEn.Should().Be("A unit cannot be its own parent: correct the code in the parent column (leave it empty for a top-level unit).");
        outcome.Errors.Should().OnlyContain(e => e.MessageVi.IsNormalized(System.Text.NormalizationForm.FormC));
    }
}
