using ThiDua.Analytics;
using ThiDua.Awards;
using ThiDua.Ratings;
using ThiDua.Tests.Analytics;

namespace ThiDua.Tests.Awards;

/// <summary>
/// The clerk reads why UBND huyện Lộc Bình is not proposed: "Chưa hoàn thành chỉ tiêu: Tỷ lệ hộ nghèo … (LS21-HONGHEO)",
/// though Lộc Bình never reported that figure — a missing figure read as a result not reached, and nobody asked for it.
/// The Vietnamese reason names the indicator without data; the English (the CSV's) keeps its words.
/// </summary>
public class UnreportedTargetReasonTests
{
    [Fact]
    public void An_indicator_without_a_figure_is_named_as_missing_data_beside_one_not_reached()
    {
        var snapshot = new SnapshotBuilder().Individual("P").Scored("P", 90m, "I2")
            .Indicator("I3").Target("P", "I3", 10m)
            .Rating("P", Rating.Excellent).Form("GK", AwardRecipient.Individual, requireAllTargets: true).Build();

        var row = CampaignAnalytics.Awards(snapshot).Single(r => r.Unit == "P");

        row.Status.Should().Be(AwardStatus.Ineligible);
        var reason = row.Reasons.Single(r => r.Code == AwardReasons.TargetsNotAllMetCode);
        reason.Vietnamese.Should().Be("Chưa hoàn thành chỉ tiêu: I2, I3 (chưa có số liệu)");
        reason.English.Should().Be("Targets not met: I2, I3");
    }

    [Fact]
    public void A_named_indicator_without_a_figure_keeps_its_code_and_says_so() =>
        AwardReasons.TargetsNotAllMet([("LS21-HONGHEO", "Tỷ lệ hộ nghèo", true), ("LS21-THUNS", "Thu ngân sách", false)]).Vietnamese
            .Should().Be("Chưa hoàn thành chỉ tiêu: Tỷ lệ hộ nghèo (LS21-HONGHEO, chưa có số liệu), Thu ngân sách (LS21-THUNS)");
}
