using ThiDua.Awards;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Registrations.RegistrationWorldDatabase;

namespace ThiDua.Tests.Registrations;

/// <summary>SPEC §4 (v2): a form with require_registration admits only candidates registered on or before the deadline.</summary>
public sealed class RegistrationEligibilityTests(RegistrationWorldDatabase db) : IClassFixture<RegistrationWorldDatabase>
{
    [Fact]
    public async Task A_registration_on_the_deadline_day_counts_and_one_the_day_after_is_late()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var rows = (await runtime.Analytics.AwardsAsync(Campaign, null)).Rows.Where(r => r.Form == "LDTT").ToDictionary(r => r.Unit);

        rows["P01"].Status.Should().Be(AwardStatus.Proposed);
        rows["P02"].Status.Should().Be(AwardStatus.Ineligible);
        var late = rows["P02"].Reasons.Should().ContainSingle().Subject;
        late.Code.Should().Be(AwardReasons.RegisteredLateCode);
        late.Vietnamese.Should().Contain("Đăng ký muộn").And.Contain("01/04/2025").And.Contain("31/03/2025");
        late.English.Should().Contain("after the registration deadline 2025-03-31");
    }

    [Fact]
    public async Task A_form_that_does_not_require_registration_ignores_registrations()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var rows = (await runtime.Analytics.AwardsAsync(Campaign, null)).Rows.Where(r => r.Form == "GK").ToList();

        rows.Select(r => (r.Unit, r.Status)).Should().BeEquivalentTo([("P01", AwardStatus.Proposed), ("P02", AwardStatus.Proposed)]);
    }

    [Fact]
    public async Task As_of_before_the_registrations_nobody_is_registered()
    {
        await using var runtime = await db.OpenRuntimeAsync();

        var rows = (await runtime.Analytics.AwardsAsync(Campaign, db.BeforeRegistrations)).Rows.Where(r => r.Form == "LDTT").ToList();

        rows.Should().HaveCount(2).And.OnlyContain(r => r.Status == AwardStatus.Ineligible
            && r.Reasons.Single().Code == AwardReasons.NotRegisteredCode && r.Reasons.Single().Vietnamese.Contains("hạn đăng ký thi đua: 31/03/2025"));
    }

    [Fact]
    public async Task A_registration_for_an_unknown_form_is_refused_and_nothing_is_written()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Registrations, RegistrationsHeader
            + "DK2025;P01;GK;2025-03-01;\nDK2025;P01;KHONG-CO;2025-03-01;\nDK2025;NOBODY;;2025-03-01;\nXX2025;P01;;2025-03-01;\nDK2025;P02;GK;31/02/2025;\nDK2025;D01;LDTT;2025-03-01;\n");

        outcome.Accepted.Should().BeFalse();
        outcome.Errors.Select(e => (e.Line, e.Column)).Should().Equal((3, "form"), (4, "unit"), (5, "campaign"), (6, "date"), (7, "form"));
        outcome.Errors[0].MessageVi.Should().Contain("Không tìm thấy hình thức khen thưởng 'KHONG-CO' trong phong trào DK2025");
        outcome.Errors[0].MessageEn.Should().Contain("Unknown award form 'KHONG-CO' in campaign DK2025");
        outcome.Errors[4].MessageVi.Should().Contain("không dành cho tập thể");
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
        (await RegistrationsAsync(runtime)).Should().HaveCount(3, "the file's valid first line was not written either");
    }

    [Fact]
    public async Task Importing_the_same_registrations_again_changes_nothing()
    {
        await using var runtime = await db.OpenRuntimeAsync();
        var before = await DatabaseFingerprint.TakeAsync(db);

        var outcome = await ProductDatabase.ImportAsync(runtime, ImportKind.Registrations, RegistrationsHeader
            + "DK2025;P01;LDTT;31/03/2025;Đăng ký đúng hạn\nDK2025;P02;LDTT;2025-04-01;\nDK2025;D01;;2025-02-15;\n");

        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
        (outcome.Created, outcome.Changed, outcome.Unchanged).Should().Be((0, 0, 3));
        (await DatabaseFingerprint.TakeAsync(db)).Should().Be(before);
    }

    private static async Task<IReadOnlyList<global::ThiDua.Registrations.Registration>> RegistrationsAsync(global::ThiDua.Hosting.ThiDuaRuntime runtime)
    {
        await using var conn = await runtime.DataSource.OpenConnectionAsync();
        return await global::ThiDua.Registry.RegistryQueries.RegistrationsAsync(conn, Campaign);
    }
}
