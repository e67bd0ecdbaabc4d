using System.Globalization;
using ThiDua.Awards.Deciding;
using ThiDua.Formatting;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>
/// One meeting, one council, across files: a row's <c>council_members</c> is compared with the decisions already
/// stored for the same meeting (same campaign and decision date, or same act number — as <see cref="MeetingCouncilSizes"/>
/// knows a meeting), read once per campaign with the rest of what the import judges against. A stored decision the
/// file records again (same campaign, form and unit) does not count: the file replaces it, so a meeting's size is
/// corrected by sending every one of its decisions again with the right size. Judged when the file is read to its end,
/// since the decision re-sent may come on a later line.
/// </summary>
internal sealed class StoredMeetingCouncilSizes
{
    private readonly HashSet<(string Campaign, string Form, string Unit)> _resent = [];
    private readonly List<(AwardDecisionRow Row, int Members, IReadOnlyList<AwardDecisionRecord> Differing)> _suspects = [];

    /// <summary>Notes a row of the file (every row recording a candidate's decision, with or without a ballot).</summary>
    /// <param name="members">The row's council_members as written in the file (null: no ballot, nothing to compare).</param>
    /// <param name="stored">The campaign's decisions standing before this file.</param>
    public void Note(AwardDecisionRow row, int? members, IEnumerable<AwardDecisionRecord> stored)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(stored);
        _resent.Add((row.Campaign, row.Form, row.Unit));
        if (members is not { } m) return;
        var differing = stored.Where(d => d.CouncilMembers is { } size && size != m && SameMeeting(row, d)).ToList();
        if (differing.Count > 0) _suspects.Add((row, m, differing));
    }

    /// <summary>Reports each noted row whose meeting has a stored decision of another size that the file does not record again.</summary>
    public void Complete(ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (row, members, differing) in _suspects)
            if (differing.FirstOrDefault(d => !_resent.Contains((d.Campaign, d.Form, d.Unit))) is { } stored)
                Refuse(context, row, members, stored);
    }

    private static bool SameMeeting(AwardDecisionRow row, AwardDecisionRecord stored) =>
        (row.Reference is { } act && stored.Reference == act)
        || (row.Date is { } day ? stored.Date == day : row.Reference is null && stored.Date is null && stored.Reference is null);

    private static (string Vi, string En) Meeting(AwardDecisionRow row, AwardDecisionRecord stored) =>
        row.Reference is { } act && stored.Reference == act ? ($"cùng quyết định số {act}", $"the same act {act}")
        : row.Date is { } day ? ($"cùng cuộc họp ngày {VietnameseDates.Date(day)}", $"the same meeting on {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")
        : ($"cùng phong trào {row.Campaign}, không ghi ngày", $"campaign {row.Campaign} without a date, read as one meeting");

    private static void Refuse(ImportContext context, AwardDecisionRow row, int members, AwardDecisionRecord stored)
    {
        var (n, f) = (members.ToString(CultureInfo.InvariantCulture), stored.CouncilMembers!.Value.ToString(CultureInfo.InvariantCulture));
        var meeting = Meeting(row, stored);
        var byAct = row.Reference is { } act && stored.Reference == act;
        var when = (Vi: VietnameseDates.Instant(stored.DecidedAt), En: VietnameseDates.Instant(stored.DecidedAt) + " (UTC+07:00)");
        var column = context.Header(CouncilVoteCells.CouncilMembers);
        context.Error(row.Line, column, n,
            $"Số thành viên Hội đồng ({column}) ở dòng {row.Line} là {n}, nhưng quyết định đã ghi trước đây của {meeting.Vi} — đơn vị '{stored.Unit}', hình thức '{stored.Form}', "
            + $"do {stored.DecidedBy} ghi lúc {when.Vi} — có {f} thành viên: một cuộc họp chỉ có một Hội đồng. Nếu dòng {row.Line} sai, hãy sửa cột {column} cho đúng số thành viên Hội đồng (kể cả người vắng mặt); "
            + $"nếu số đã ghi trước đây sai, gửi lại trong cùng tệp này mọi quyết định của cuộc họp đó (kể cả '{stored.Unit}', hình thức '{stored.Form}') với số thành viên đúng"
            + (byAct ? "." : $"; nếu đây là hai cuộc họp khác nhau, ghi ngày của từng cuộc họp ở cột {context.Header("date")}."),
            $"The council's number of members ({column}) on line {row.Line} is {n}, but the decision already recorded for {meeting.En} — unit '{stored.Unit}', form '{stored.Form}', "
            + $"recorded by {stored.DecidedBy} at {when.En} — gives {f}: one meeting has one council. If line {row.Line} is wrong, correct {column} to the council's size (absent members included); "
            + $"if the recorded size is wrong, send every decision of that meeting again in this file (including '{stored.Unit}', form '{stored.Form}') with the right size"
            + (byAct ? "." : $"; if these were two different meetings, write each meeting's date in the {context.Header("date")} column."));
    }
}
