using ThiDua.Hosting;
using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// Every bad input of <see cref="BadImportCorpus"/>, imported for real: rejected whole with its line, column and a
/// message in both languages, and the database exactly as it was.
/// </summary>
public sealed class BadImportCorpusTests(BulkWorldDatabase db) : IClassFixture<BulkWorldDatabase>, IAsyncLifetime
{
    private ThiDuaRuntime _runtime = null!;

    public static TheoryData<string> Cases => new(BadImportCorpus.ByName.Keys);

    public async Task InitializeAsync() => _runtime = await db.OpenRuntimeAsync();

    public async Task DisposeAsync() => await _runtime.DisposeAsync();

    [Fact]
    public void The_corpus_has_at_least_sixty_bad_inputs() => BadImportCorpus.ByName.Should().HaveCountGreaterThanOrEqualTo(60);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_file_is_rejected_with_a_clear_error_and_nothing_is_written(string name)
    {
        var bad = BadImportCorpus.ByName[name];
        var before = await DatabaseFingerprint.TakeAsync(db);

        ImportOutcome outcome;
        await using (var content = bad.Open())
        {
            outcome = await new CsvImporter(_runtime.DataSource, _runtime.Store, _runtime.Clock)
                .ImportAsync(content, new ImportRequest(name + ".csv", bad.Kind, bad.Culture, DryRun: false, "test"));
        }

        outcome.Accepted.Should().BeFalse();
        outcome.Written.Should().BeFalse();
        outcome.Events.Should().Be(0);
        outcome.Errors.Should().Contain(e => Matches(e, bad), "the errors were:\n{0}", string.Join("\n", outcome.Errors));
        outcome.Errors.Should().OnlyContain(e => e.MessageVi.Length > 0 && e.MessageEn.Length > 0 && e.MessageVi != e.MessageEn);
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    private static bool Matches(ImportError e, BadImportCase bad) =>
        (bad.Line is null || e.Line == bad.Line)
        && string.Equals(e.Column, bad.Column, StringComparison.OrdinalIgnoreCase)
        && e.MessageEn.Contains(bad.Fragment, StringComparison.Ordinal);
}
