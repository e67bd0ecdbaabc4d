using System.Globalization;
using ThiDua.Awards.Deciding;
using ThiDua.Cli.Common;
using ThiDua.Exports.Tables;
using ThiDua.Formatting;
using ThiDua.Ranking;
using ThiDua.UnitHistory;

namespace ThiDua.Cli.UnitHistory;

/// <summary><c>thidua history</c>'s table for people: the page's columns (<c>/units/{u}</c>) in its words, campaigns by code.</summary>
public static class HistoryTable
{
    /// <summary>"Quá trình thi đua — Phòng Công nghệ thông tin (BK-CNTT) / record of BK-CNTT across campaigns, newest first".</summary>
    public static string Heading(UnitRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return WorkbookTitle.History(record.Unit, record.AsOf).Title
            + $" / record of {record.Unit.Code} across campaigns, newest first{(record.AsOf is { } at ? ", as of " + VietnameseDates.Iso(at) : "")}";
    }

    public static TextTable Of(UnitRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var table = new TextTable("Phong trào", "Thời gian", "Tính đến", "Điểm", "Xếp hạng", "Cụm, khối", "Xếp loại", "Khen thưởng");
        foreach (var r in record.Rows)
            table.Row(r.Campaign, $"{VietnameseDates.Date(r.Start)} – {VietnameseDates.Date(r.End)}", $"{VietnameseDates.Month(r.Period)} ({UnitHistoryWords.Basis(r)})",
                r.Score is { } s ? VietnameseNumber.FormatFixed(s, 2) : "—",
                r.Rank is { } n ? $"{n.ToString(CultureInfo.InvariantCulture)}/{r.GroupSize?.ToString(CultureInfo.InvariantCulture)}{(r.RankShared ? " (đồng hạng)" : "")}" : "—",
                RankingGroupName.ClusterHeading(r.Cluster, r.ClusterName), r.Rating is null ? "—" : StatusWords.Of(r.Rating), Awards(r));
        return table;
    }

    // "BK22-GK-TT: Đề nghị khen thưởng, Hội đồng đồng ý (biểu quyết 9/11 đồng ý, 31/QĐ-STTTT, 02/03/2023)", as the page says each form.
    private static string Awards(UnitHistoryRow r) => r.Awards.Count == 0 ? "—" : string.Join("; ", r.Awards.Select(a =>
        $"{a.Form}: {StatusWords.Of(a.Status)}" + (AwardDecisions.FromWord(a.Decision) is { } d
            ? $", Hội đồng {AwardDecisions.Vietnamese(d)}" + (new[] { a.Vote?.Ballot(), a.Reference, a.DecisionDate is { } day ? VietnameseDates.Date(day) : null }
                .Where(x => x is not null).ToList() is { Count: > 0 } known ? $" ({string.Join(", ", known)})" : "")
            : "")));
}
