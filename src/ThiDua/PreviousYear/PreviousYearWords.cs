using ThiDua.Formatting;

namespace ThiDua.PreviousYear;

/// <summary>The page's and the export's words for a comparison: which months are set side by side, and each change.</summary>
public static class PreviousYearWords
{
    /// <summary>"So sánh cùng kỳ: BK2023 tính đến tháng 03/2023 (tháng thứ 3 của phong trào) với BK2022 tính đến tháng 03/2022." and why.</summary>
    public static IEnumerable<string> Basis(PreviousYearComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var previous = c.Previous ?? throw new ArgumentException("The comparison carries no previous campaign.", nameof(c));
        yield return $"So sánh cùng kỳ: {c.Campaign} tính đến {VietnameseDates.Month(c.Period)} (tháng thứ {c.Position} của phong trào) "
            + $"với {c.PreviousCampaign} tính đến {VietnameseDates.Month(c.PreviousPeriod)}.";
        if (c.PreviousShorter)
            yield return $"Phong trào {c.PreviousCampaign} chỉ có {previous.MonthCount} tháng: so với tháng cuối của nó ({VietnameseDates.MonthNumber(c.PreviousPeriod)}).";
        else if (c.PreviousFinished && c.PreviousPeriod < previous.LastMonth)
            yield return $"Phong trào {c.PreviousCampaign} đã kết thúc, nhưng điểm và hạng năm trước ở đây là tính đến {VietnameseDates.Month(c.PreviousPeriod)}, "
                + "không phải kết quả cả năm: so sánh cùng một thời điểm của phong trào.";
        yield return c.Link == PreviousLinkKind.Named
            ? $"Phong trào năm trước được ghi trong cột 'Phong trào năm trước' (previous) của {c.Campaign} trong campaigns.csv."
            : $"Phong trào năm trước được nhận theo mã ({c.PreviousCampaign}: cùng mã, năm trừ 1); ghi cột 'Phong trào năm trước' (previous) trong campaigns.csv để chọn phong trào khác.";
    }

    /// <summary>"+3,25", "−0,50", "0,00".</summary>
    public static string Change(decimal d) => d switch
    {
        > 0 => "+" + VietnameseNumber.FormatFixed(d, 2),
        < 0 => "−" + VietnameseNumber.FormatFixed(-d, 2),
        _ => "0,00",
    };

    /// <summary>"▲2", "▼1", "=" — places moved in the same cụm, khối.</summary>
    public static string RankChange(int d) => d switch { > 0 => $"▲{d}", < 0 => $"▼{-d}", _ => "=" };

    /// <summary>Why a unit has no pair: "chưa tham gia năm trước", "ngừng hoạt động từ tháng 07/2022 (sáp nhập vào …)", …</summary>
    public static string Unpaired(PreviousYearRow row, Func<string, string> unitName)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(unitName);
        return row.Status switch
        {
            PreviousYearStatus.New => "chưa tham gia năm trước",
            PreviousYearStatus.Ended => $"ngừng hoạt động từ {VietnameseDates.Month(row.Ended!.Value)}"
                + (row.MergedInto is { } m ? $" (sáp nhập vào {unitName(m)})" : " (giải thể)"),
            PreviousYearStatus.NotThisYear => "năm nay không được giao chỉ tiêu",
            _ => "",
        };
    }

    /// <summary>Why there is no comparison, and how to name the previous campaign (the API's 404, <c>thidua previous-year</c>'s error).</summary>
    public static string NoPrevious(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var guess = PreviousCampaigns.YearBefore(code) is { } g ? $" ({g})" : "";
        return $"Chưa xác định được phong trào năm trước của {code}: ghi cột previous (Phong trào năm trước) trong campaigns.csv, hoặc nhập phong trào cùng mã với năm trừ 1{guess}"
            + $" / campaign {code} has no previous campaign: fill campaigns.csv's previous column, or import the campaign with the same code and the year before{guess}.";
    }

    /// <summary>
    /// The export's and the command's note on a row: "khác cụm, khối năm trước" for a unit compared across groups, why a
    /// unit has no pair (<see cref="Unpaired"/>); null otherwise.
    /// </summary>
    public static string? Note(PreviousYearRow row, Func<string, string> unitName)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Status == PreviousYearStatus.Compared ? (row.RankChange is null ? "khác cụm, khối năm trước" : null) : Unpaired(row, unitName);
    }
}
