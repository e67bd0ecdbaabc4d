using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Importing;

/// <summary>
/// Values that once stopped every campaign's analytics, codes that broke links or looked like another campaign, and
/// definitions that made no sense are refused at import with a line-level error naming the column — nothing written.
/// </summary>
public sealed class PoisonAndLookAlikeImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    public static TheoryData<string, string, string, string> Refused => new()
    {
        // kind, file body, column, words of the English message
        { "targets", "CD2025;AL;D02;0,0000000000000000000000000001;;;", "target", "decimals" },
        { "targets", "CD2025;RB;D01;0,0000000000000000000000000001;;10;", "target", "decimals" },
        { "campaigns", "CX2025;Phong trào;annual;2025-01-01;2025-12-31;;;2025-12;;999.999.999.999.999", "score_cap", "between 1 and 10" },
        { "indicators", "CD2025;XW;Chỉ tiêu;lớp;at_least;sum;999.999.999.999.999", "weight", "at most 1,000" },
        { "measurements", "CD2025;D01;AL;2025-02;1.234.567.890.123.456;", "value", "too large" },
        { "measurements", "CD2025;D01;AL;2025-02;1,1234567;", "value", "decimals" },
        { "targets", "CD2025;TK;D01;-1;;;2025-06", "target", "must not be negative" },
        { "targets", "CD2025;AL;D02;100;-5;;", "target_max", "at least the target" },
        { "targets", "CD2025;AL;D02;100;80;;", "target_max", "at least the target" },
        { "targets", "CD2025;RU;D01;2;;-3;", "baseline", "must not be negative" },
        { "campaigns", "CX2025;Phong trào;annual;2021-01-01;2021-12-31;;;2030-12;;", "final_review", "outside the campaign" },
        { "campaigns", "CX2025;Phong trào;annual;2021-01-01;2021-12-31;;2021-11;2021-06;;", "midterm_review", "cannot come after" },
        { "campaigns", "CX2025;Phong trào;annual;2021-01-01;9999-12-31;;;;;", "end", "years 1900 to 2999" },
        { "units", "U/1;Phòng có gạch chéo;collective;;", "code", "not allowed" },
        { "units", "U?1;Phòng;collective;;", "code", "not allowed" },
        { "campaigns", "CD2025\u200B;Phong trào thi đua thử 2025;annual;2025-01-01;2025-12-31;;;2025-12;;", "code", "invisible" },
        { "campaigns", "\u0412K2025;Phong trào;annual;2025-01-01;2025-12-31;;;2025-12;;", "code", "not allowed" },
        { "units", "D09;Phòng \u202Eesrever;collective;;", "name", "text-direction" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_value_out_of_range_or_a_code_outside_the_alphabet_is_refused_and_nothing_is_written(string kind, string row, string column, string words)
    {
        await using var runtime = await db.OpenRuntimeAsync();
        ImportKindNames.TryParse(kind, out var importKind).Should().BeTrue();
        var header = importKind switch
        {
            ImportKind.Targets => TargetsHeader, ImportKind.Campaigns => CampaignsHeader, ImportKind.Indicators => IndicatorsHeader,
            ImportKind.Measurements => MeasurementsHeader, _ => UnitsHeader,
        };
        var events = await db.ScalarAsync("select count(*) from es_events");

        var outcome = await ProductDatabase.ImportAsync(runtime, importKind, header + row + "\n");

        outcome.Accepted.Should().BeFalse();
        var error = outcome.Errors.Should().ContainSingle().Subject;
        (error.Line, error.Column).Should().Be((2, column));
        error.MessageEn.Should().Contain(words);
        error.MessageVi.Should().NotBeNullOrWhiteSpace().And.NotBe(error.MessageEn);
        (await db.ScalarAsync("select count(*) from es_events")).Should().Be(events);
    }

    [Fact]
    public async Task An_invisible_character_is_shown_by_its_code_point_in_the_error()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, UnitsHeader + "D0\u200B9;Phòng;collective;;\n");
        outcome.Errors.Should().ContainSingle().Which.Value.Should().Be("D0«U+200B»9");
    }

    [Theory]
    [InlineData("units", "d01;Phòng 1 gõ thường;collective;ORG;K1", "D01")]
    [InlineData("units", "DO1;Phòng chữ O;collective;ORG;K1", "D01")]
    [InlineData("campaigns", "CD2O25;Phong trào gõ nhầm;annual;2025-01-01;2025-12-31;;;2025-12;;", "CD2025")]
    public async Task A_new_code_that_reads_like_an_existing_one_is_a_warning_naming_it(string kind, string row, string existing)
    {
        await using var runtime = await db.OpenRuntimeAsync();
        ImportKindNames.TryParse(kind, out var importKind);
        var csv = (importKind == ImportKind.Units ? UnitsHeader : CampaignsHeader) + row + "\n";

        var refused = await ProductDatabase.ImportAsync(runtime, importKind, csv, dryRun: true);

        refused.Accepted.Should().BeFalse();
        refused.Errors.Should().BeEmpty();
        refused.Warnings.Should().ContainSingle().Which.MessageEn.Should().Contain($"looks like the existing code '{existing}'");
    }

    [Fact]
    public async Task A_look_alike_code_imported_over_its_warning_carries_the_warning_in_its_own_event_only()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        const string csv = UnitsHeader + "D0l;Phòng gõ nhầm chữ l;collective;ORG;K1\nDLA;Phòng mới hẳn;collective;ORG;K1\n";

        var accepted = await ProductDatabase.ImportAsync(runtime, ImportKind.Units, csv, fileName: "giong-ma.csv", acceptWarnings: true);

        (accepted.Accepted, accepted.Created, accepted.Warnings.Count).Should().Be((true, 2, 1));
        await using var notes = db.DataSource.CreateCommand(
            "select stream_id, metadata->>'acceptedWarning' from es_events where metadata->>'sourceFile' = 'giong-ma.csv' order by seq");
        await using var read = await notes.ExecuteReaderAsync();
        var events = new List<(string Stream, string? Note)>();
        while (await read.ReadAsync()) events.Add((read.GetString(0), read.IsDBNull(1) ? null : read.GetString(1)));
        events.Should().Equal(("unit-D0l", accepted.Warnings[0].MessageVi), ("unit-DLA", null));
    }
}
