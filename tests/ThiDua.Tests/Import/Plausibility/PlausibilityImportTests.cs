using ThiDua.Import.Parsing;
using ThiDua.Measurements.Plausibility;
using ThiDua.Security;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.Import.Plausibility;

/// <summary>
/// A measurements file with plausibility warnings is refused like one with errors unless the warnings are accepted;
/// then each figure's event says what it was accepted over, and the audit shows it. Each test uses its own figures.
/// </summary>
public sealed class PlausibilityImportTests(ImportWorldDatabase db) : IClassFixture<ImportWorldDatabase>
{
    // The typo first: its "other months" are further down the file. D02's January (60) is stored already.
    private const string TypoFile = MeasurementsHeader + """
        CD2025;D02;AL;2025-08;1.234,5;
        CD2025;D02;AL;2025-02;13;
        CD2025;D02;AL;2025-03;14;
        CD2025;D02;AL;2025-04;15;
        CD2025;D02;AL;2025-05;29;
        CD2025;D02;AL;2025-06;14;
        CD2025;D02;AL;2025-07;13;

        """;

    [Fact]
    public async Task A_typo_is_refused_with_nothing_written_then_listed_by_the_dry_run_and_marked_once_accepted()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);

        var refused = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, TypoFile, fileName: "thang-8.csv");

        refused.Accepted.Should().BeFalse();
        refused.Errors.Should().BeEmpty();
        var warning = refused.Warnings.Should().ContainSingle().Subject;
        (warning.Line, warning.Column, warning.Value, warning.Rule, warning.JudgedAgainst).Should().Be((2, "value", "1234.5", PlausibilityRules.OutlierHigh, 14m));
        warning.MessageVi.Should().Be("D02/AL/2025-08: Giá trị 1.234,5 gấp 88,2 lần trung vị của 7 tháng khác: 14. Kiểm tra lỗi đánh máy (dấu phân cách, thừa chữ số).");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);

        var dryRun = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, TypoFile, dryRun: true, acceptWarnings: true);

        dryRun.Accepted.Should().BeTrue();
        dryRun.Warnings.Should().ContainSingle();
        dryRun.Changes.Select(c => (c.Line, c.Period.Month, c.Old, c.New)).Should().Equal(
            (2, 8, null, 1234.5m), (3, 2, null, 13m), (4, 3, null, 14m), (5, 4, null, 15m), (6, 5, null, 29m), (7, 6, null, 14m), (8, 7, null, 13m));
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);

        var accepted = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, TypoFile, fileName: "thang-8.csv", acceptWarnings: true);

        (accepted.Accepted, accepted.Created, accepted.Warnings.Count).Should().Be((true, 7, 1));
        accepted.Changes.Should().BeEmpty("only a dry run lists the changes");
        var audit = await new AuditTrail(db.DataSource).ReadAsync(new AuditQuery(Campaign, "D02", 20, null));
        var marked = audit.Where(e => e.AcceptedWarning is not null).Should().ContainSingle().Subject;
        (marked.SourceFile, marked.SourceLine).Should().Be(("thang-8.csv", 2));
        marked.AcceptedWarning.Should().Contain("gấp 88,2 lần trung vị của 7 tháng khác");
        audit.Count(e => e.SourceFile == "thang-8.csv").Should().Be(7);
    }

    [Fact]
    public async Task A_correction_more_than_ten_times_the_stored_value_is_a_warning_and_ten_times_is_not()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        (await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;P01;AL;2025-04;5;\n")).Accepted.Should().BeTrue();

        var pastIt = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;P01;AL;2025-04;50,01;\n", dryRun: true);
        var atIt = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, MeasurementsHeader + "CD2025;P01;AL;2025-04;50;\n", dryRun: true);

        pastIt.Warnings.Should().ContainSingle().Which.Rule.Should().Be(PlausibilityRules.TenfoldCorrection);
        pastIt.Accepted.Should().BeFalse("a dry run is refused too: it says what the real import would do");
        pastIt.Changes.Should().ContainSingle().Which.Should().Match<ThiDua.Import.Plausibility.MeasurementChange>(c => c.Old == 5m && c.New == 50.01m);
        (atIt.Accepted, atIt.Warnings.Count).Should().Be((true, 0));
    }

    [Fact]
    public async Task A_negative_summed_value_and_a_percentage_above_100_are_warnings_until_accepted()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        const string file = MeasurementsHeader + "CD2025;D01;AL;2025-09;-1;\nCD2025;D01;AM;2025-09;100,5;\nCD2025;D01;AM;2025-10;100;\n";

        var refused = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, file);
        var accepted = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, file, acceptWarnings: true);

        refused.Warnings.Select(w => (w.Line, w.Rule)).Should().Equal((2, PlausibilityRules.NegativeSum), (3, PlausibilityRules.PercentOver100));
        (refused.Accepted, refused.Events).Should().Be((false, 0));
        (accepted.Accepted, accepted.Events).Should().Be((true, 3));
        (await db.ScalarAsync("select count(*) from es_events where metadata ? 'acceptedWarning' and stream_id = 'campaign-CD2025/unit-D01'")).Should().Be(2);
    }

    [Fact]
    public async Task A_line_with_two_warnings_lists_both_in_order_and_its_event_notes_both_once_accepted()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var file = new System.Text.StringBuilder(MeasurementsHeader);
        // P01's months from May: April is another test's.
        for (var month = 5; month <= 11; month++) file.Append(System.Globalization.CultureInfo.InvariantCulture, $"CD2025;P01;AL;2025-{month:00};10;\n");
        file.Append("CD2025;P01;AL;2025-12;-5;\n");

        var refused = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, file.ToString());
        var accepted = await ProductDatabase.ImportAsync(runtime, ImportKind.Measurements, file.ToString(), fileName: "hai-canh-bao.csv", acceptWarnings: true);

        refused.Warnings.Select(w => (w.Line, w.Rule)).Should().Equal((9, PlausibilityRules.OutlierLow), (9, PlausibilityRules.NegativeSum));
        (accepted.Accepted, accepted.WarningCount, accepted.Events).Should().Be((true, 2, 8));
        await using var notes = db.DataSource.CreateCommand(
            "select metadata->>'sourceLine', metadata->>'acceptedWarning' from es_events where metadata->>'sourceFile' = 'hai-canh-bao.csv' and metadata ? 'acceptedWarning'");
        await using var read = await notes.ExecuteReaderAsync();
        (await read.ReadAsync()).Should().BeTrue();
        read.GetString(0).Should().Be("9");
        read.GetString(1).Should().Be(refused.Warnings[0].MessageVi + " " + refused.Warnings[1].MessageVi);
        (await read.ReadAsync()).Should().BeFalse("one event carries the line's two warnings");
    }
}
