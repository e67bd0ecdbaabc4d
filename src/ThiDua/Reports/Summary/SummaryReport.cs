using ThiDua.Campaigns;
using ThiDua.Periods;
using ThiDua.Reports.Shared;

namespace ThiDua.Reports.Summary;

/// <summary>The year-end summary review (tổng kết): final ranking, results, award proposals and the dossier annex.</summary>
/// <param name="FinalMonth">The campaign's last month, where results and awards are judged (SPEC §4).</param>
public sealed record SummaryReport(
    Campaign Campaign,
    YearMonth FinalMonth,
    DateTimeOffset CutOff,
    IReadOnlyList<ClusterRanking> Rankings,
    IReadOnlyList<IndicatorResultLine> Indicators,
    IReadOnlyList<AwardFormResult> Forms,
    IReadOnlyList<Achievement> Annex,
    IReadOnlyList<Milestone> Milestones,
    ReportPanels? Panels)
{
    public int TiesAtQuota => Forms.Sum(f => f.TiesAtQuota.Count);

    /// <summary>Who issues and signs it (NĐ 30 heading, Nơi nhận, signer): the campaign's document settings, blanks without.</summary>
    public ReportLetterhead Letterhead { get; init; } = ReportLetterhead.Blank;

    /// <summary>The closed months as they stood at the cut-off (v2).</summary>
    public Periods.Locks.PeriodLocks Locks { get; init; } = Periods.Locks.PeriodLocks.None;

    /// <summary>The campaign's units ended by the report's month, which its tables leave out (<see cref="Shared.EndedUnits"/>).</summary>
    public IReadOnlyList<string> EndedUnits { get; init; } = [];

    /// <summary>The candidates with a standing council decision at the cut-off, by form then unit (v2).</summary>
    public IReadOnlyList<DecidedAward> Decided { get; init; } = [];

    /// <summary>The candidates the award dossier writes a báo cáo thành tích for (<see cref="DossierCandidates"/>): the
    /// annex's until the council decides, then the approved and the still undecided.</summary>
    public IReadOnlyList<Achievement> Dossier { get; init; } = [];

    /// <summary>Every award candidate's cluster as a cell reads it ("Khối … (BK-KHOI1)", "Không thuộc cụm, khối"), by
    /// unit code: the dossier's lists name the group of a candidate without targets too (not in the ranking) and of one
    /// the council put off (no báo cáo thành tích), which the ranking and the dossier's achievements alone left as "—".</summary>
    public IReadOnlyDictionary<string, string> CandidateClusters { get; init; } = new Dictionary<string, string>();

    /// <summary>Every individual candidate's unit (đơn vị công tác), by code: a danh sách names a person with where they
    /// work ("Hà Thị Phương, Phòng …"), as the decision that copies it will.</summary>
    public IReadOnlyDictionary<string, string> CandidateWorkplaces { get; init; } = new Dictionary<string, string>();
}
