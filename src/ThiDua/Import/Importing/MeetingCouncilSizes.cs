using System.Globalization;
using ThiDua.Formatting;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>
/// One meeting, one council: the rows of a file that record the same meeting's ballots must give the same
/// <c>council_members</c> (the council's size, absent members included). A meeting is known by its campaign and
/// decision date, or by its act's number (one act follows one meeting); rows with neither, in the same campaign, are
/// taken as one meeting. Two sizes for one meeting is a typo in one of them: the biên bản would have no size to write
/// and one of the shares is counted on the wrong number.
/// </summary>
internal sealed class MeetingCouncilSizes
{
    private readonly Dictionary<(string Campaign, DateOnly? Date), (int Line, int Members)> _byDate = [];
    private readonly Dictionary<(string Campaign, string Reference), (int Line, int Members)> _byAct = new();

    /// <summary>Reports the row's council size when it differs from an earlier row of the same meeting; true when it agrees.</summary>
    /// <param name="members">The row's council_members as written in the file (null: no ballot, nothing to compare).</param>
    public bool Check(AwardDecisionRow row, int? members, ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(context);
        if (members is not { } m) return true;
        if (row.Reference is { } act && _byAct.TryGetValue((row.Campaign, act), out var sameAct) && sameAct.Members != m)
            return Refuse(context, row, m, sameAct, ($"cùng quyết định số {act}", $"the same act {act}"), otherMeeting: false);
        // A row with an act but no date is known by its act alone: undated rows of two acts are two meetings.
        var byDate = row.Date is not null || row.Reference is null;
        if (byDate && _byDate.TryGetValue((row.Campaign, row.Date), out var sameDay) && sameDay.Members != m)
            return Refuse(context, row, m, sameDay, row.Date is { } day
                ? ($"cùng cuộc họp ngày {VietnameseDates.Date(day)}", $"the same meeting on {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}")
                : ($"cùng phong trào {row.Campaign}, không ghi ngày", $"campaign {row.Campaign} without a date, read as one meeting"), otherMeeting: true);
        if (byDate) _byDate.TryAdd((row.Campaign, row.Date), (row.Line, m));
        if (row.Reference is { } reference) _byAct.TryAdd((row.Campaign, reference), (row.Line, m));
        return true;
    }

    private static bool Refuse(ImportContext context, AwardDecisionRow row, int members, (int Line, int Members) first, (string Vi, string En) meeting, bool otherMeeting)
    {
        var (n, f) = (members.ToString(CultureInfo.InvariantCulture), first.Members.ToString(CultureInfo.InvariantCulture));
        var column = context.Header(CouncilVoteCells.CouncilMembers);
        context.Error(row.Line, column, n,
            $"Số thành viên Hội đồng ({column}) ở dòng {row.Line} là {n}, nhưng dòng {first.Line} ({meeting.Vi}) ghi {f}: một cuộc họp chỉ có một Hội đồng, "
            + $"số phiếu đồng ý của mọi trường hợp đều tính trên cùng tổng số thành viên — hãy sửa cột {column} ở dòng sai cho đúng số thành viên Hội đồng (kể cả người vắng mặt)"
            + (otherMeeting ? $"; nếu đây là hai cuộc họp khác nhau, ghi ngày của từng cuộc họp ở cột {context.Header("date")}." : "."),
            $"The council's number of members ({column}) on line {row.Line} is {n}, but line {first.Line} ({meeting.En}) gives {f}: one meeting has one council, "
            + $"and every candidate's votes are counted on the same number of members — correct {column} on the wrong line to the council's size (absent members included)"
            + (otherMeeting ? $"; if these were two different meetings, write each meeting's date in the {context.Header("date")} column." : "."));
        return false;
    }
}
