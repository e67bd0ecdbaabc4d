using System.Text.Json;
using ThiDua.Awards.Deciding;
using ThiDua.Hosting;
using ThiDua.Periods;
using ThiDua.Periods.Closing;
using ThiDua.Registrations.Recording;
using ThiDua.Security;
using ThiDua.Web.Security;

namespace ThiDua.Tests.Security;

/// <summary>/audit names every kind of change the product records in a thi đua office's words, never its type name.</summary>
public sealed class AuditWordingTests
{
    private static readonly ThiDua.EventStore.EventTypes Types = ThiDuaModule.EventTypes();

    [Fact]
    public void Every_event_the_product_records_has_vietnamese_words()
    {
        var names = typeof(ThiDuaModule).Assembly.GetTypes().Select(t => Types.TypeOf(Name(t)) == t ? Name(t) : null).OfType<string>().ToList();

        names.Should().Contain(["measurement_recorded", "periods_closed", "award_decided", "registration_recorded", "cluster_defined"]);
        names.Should().OnlyContain(n => AuditWording.Action(n) != n.Replace('_', ' '), "each is worded, not its type name");
    }

    [Fact]
    public void A_close_a_decision_and_a_registration_read_as_what_they_did()
    {
        var at = new DateTimeOffset(2022, 7, 5, 8, 0, 0, TimeSpan.FromHours(7));
        AuditWording.Change(Entry(new PeriodsClosed("BK2022", new YearMonth(2022, 6), "thu-ky", "Đã đối chiếu", at)))
            .Should().Be("chốt đến tháng 06/2022: Đã đối chiếu");
        AuditWording.Change(Entry(new AwardDecided("BK2022", "GK", "BK-VP", AwardDecision.Approved, "QĐ 123/QĐ-STTTT", new DateOnly(2022, 12, 30), null, "thu-ky", at)))
            .Should().Be("đồng ý, QĐ 123/QĐ-STTTT");
        AuditWording.Change(Entry(new RegistrationRecorded("BK2022", "BK-VP", "GK", new DateOnly(2022, 3, 1), null, at)))
            .Should().Be("đăng ký ngày 01/03/2022");
    }

    [Fact]
    public void A_decision_with_the_councils_ballot_reads_with_it_and_one_without_as_before()
    {
        var at = new DateTimeOffset(2022, 7, 5, 8, 0, 0, TimeSpan.FromHours(7));
        var decided = new AwardDecided("BK2022", "CSTD", "BK-VP", AwardDecision.Approved, "QĐ 123/QĐ-STTTT", new DateOnly(2022, 12, 30), null, "thu-ky", at, 9, 11);

        AuditWording.Change(Entry(decided)).Should().Be("đồng ý (biểu quyết 9/11 đồng ý), QĐ 123/QĐ-STTTT");
        AuditWording.Change(Entry(decided with { Decision = AwardDecision.Rejected, Reference = null, VotesFor = 3 })).Should().Be("không đồng ý (biểu quyết 3/11 đồng ý)");
        AuditWording.Change(Entry(decided with { VotesFor = null, CouncilMembers = null })).Should().Be("đồng ý, QĐ 123/QĐ-STTTT");
    }

    [Fact]
    public void A_commune_moved_to_the_province_and_to_another_cluster_reads_with_its_new_parent_and_cluster()
    {
        // Restructuring (bỏ cấp huyện): the name stays, the parent and the cluster change — the row must say so.
        var moved = new ThiDua.Units.Defining.UnitDefined("TN-X-QC", "UBND xã Quân Chu", ThiDua.Units.UnitKind.Collective, "TN-TINH", "TN-CUM-XA1", DateTimeOffset.UnixEpoch);
        AuditWording.Change(Entry(moved)).Should().Be("UBND xã Quân Chu; đơn vị cha TN-TINH; cụm, khối TN-CUM-XA1");
        AuditWording.Change(Entry(moved with { Parent = null, Cluster = null }))
            .Should().Be("UBND xã Quân Chu; không có đơn vị cha; không thuộc cụm, khối nào");
    }

    [Fact]
    public void A_warning_accepted_on_import_is_read_without_the_key_the_row_already_names()
    {
        var corrected = new ThiDua.Measurements.Recording.MeasurementCorrected("BK2022", "BK-VP", "BK22-05", new YearMonth(2022, 1), 0m, 6m, null, DateTimeOffset.UnixEpoch);
        var entry = Entry(corrected) with
        {
            AcceptedWarning = "BK-VP/BK22-05/2022-01: Giá trị 0 chưa bằng một phần mười trung vị 11 tháng khác: 6. BK-VP/BK22-05/2022-01: Giảm quá mạnh.",
        };

        AuditWording.AcceptedWarning(entry).Should().Be("Giá trị 0 chưa bằng một phần mười trung vị 11 tháng khác: 6. Giảm quá mạnh.");
        AuditWording.AcceptedWarning(Entry(corrected)).Should().BeNull();
    }

    private static AuditEntry Entry(object data) => new(1, DateTimeOffset.UnixEpoch, "seed", Types.NameOf(data.GetType()), "s",
        null, null, JsonDocument.Parse(Types.Serialize(data)).RootElement);

    private static string Name(Type t) => JsonNamingPolicy.SnakeCaseLower.ConvertName(t.Name);
}
