namespace ThiDua.Import.Parsing;

/// <summary>
/// award_decisions' <c>votes_for</c> and <c>council_members</c>: the council's secret ballot on the candidate. Both or
/// neither — a number of votes means nothing without the council's size it is counted on (and the reverse).
/// </summary>
internal static partial class CouncilVoteCells
{
    public const string VotesFor = "votes_for";
    public const string CouncilMembers = "council_members";

    public static (int? For, int? Members) Read(RowCells c)
    {
        var votes = WholeNumber(c, VotesFor, "Số phiếu đồng ý (votes_for)", "The number of members agreeing (votes_for)", 9);
        var members = WholeNumber(c, CouncilMembers, "Số thành viên Hội đồng (council_members)", "The council's number of members (council_members)", 11);
        if (votes is { } v && members is { } m)
        {
            if (m == 0)
                c.Error(CouncilMembers, c.Raw(CouncilMembers), new("Số thành viên Hội đồng (council_members) phải lớn hơn 0: ghi tổng số thành viên của Hội đồng, ví dụ 11.",
                    "The council's number of members (council_members) must be greater than 0: write how many members the council has, e.g. 11."));
            else if (v > m)
                c.Error(VotesFor, c.Raw(VotesFor), new($"Số phiếu đồng ý ({v}) lớn hơn số thành viên Hội đồng ({m}): số phiếu đồng ý tính trên tổng số thành viên, hãy kiểm tra lại hai cột votes_for và council_members.",
                    $"The members agreeing ({v}) outnumber the council's members ({m}): the votes are counted on all the council's members; check votes_for and council_members."));
        }
        else if (votes is not null && c.Raw(CouncilMembers) is null)
            c.Error(CouncilMembers, null, new("Có số phiếu đồng ý (votes_for) nhưng thiếu số thành viên Hội đồng (council_members): ghi cả hai, ví dụ 9 và 11, hoặc để trống cả hai.",
                "votes_for is given without council_members: write both (e.g. 9 and 11) or leave both empty."));
        else if (members is not null && c.Raw(VotesFor) is null)
            c.Error(VotesFor, null, new("Có số thành viên Hội đồng (council_members) nhưng thiếu số phiếu đồng ý (votes_for): ghi cả hai, ví dụ 9 và 11, hoặc để trống cả hai.",
                "council_members is given without votes_for: write both (e.g. 9 and 11) or leave both empty."));
        return c.HasErrors ? (null, null) : (votes, members);
    }

    private static int? WholeNumber(RowCells c, string column, string vi, string en, int example)
    {
        // The biên bản writes "9/11 (81,82%)" (or "9 trên 11"): copied from it into one cell, the two numbers or the share are named as such,
        // not as a badly written number.
        var raw = c.Raw(column);
        if (raw is not null && (raw.Contains('/', StringComparison.Ordinal) || OutOf().IsMatch(raw)))
        {
            c.Error(column, raw, new($"{vi}: '{raw}' ghi hai số trong một ô — ghi số phiếu đồng ý ở cột votes_for và tổng số thành viên Hội đồng ở cột council_members, ví dụ 9 và 11.",
                $"{en}: '{raw}' puts two numbers in one cell — write the members agreeing in votes_for and the council's members in council_members, e.g. 9 and 11."));
            return null;
        }
        if (raw is not null && raw.Contains('%', StringComparison.Ordinal))
        {
            c.Error(column, raw, new($"{vi} là số người, không phải tỷ lệ phần trăm: ghi số thành viên, ví dụ {example}; tỷ lệ được tính từ votes_for và council_members.",
                $"{en} is a count of members, not a percentage: write how many, e.g. {example}; the share is worked out from votes_for and council_members."));
            return null;
        }
        // "9/11" typed into a workbook cell that is not formatted as a number: Excel keeps a date (09/11), which reads as
        // "2026-11-09" — named as what happened, not as a number badly written.
        if (raw is not null && DateOnly.TryParseExact(raw, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            c.Error(column, raw, new($"{vi}: ô này là ngày {Formatting.VietnameseDates.Date(day)} — Excel tự đổi số phiếu kiểu '9/11' thành ngày: định dạng ô là số (Number) hoặc văn bản (Text), ghi số phiếu đồng ý ở cột votes_for và tổng số thành viên Hội đồng ở cột council_members, mỗi ô một số, ví dụ {example}.",
                $"{en}: the cell holds the date {day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} — Excel turns a ballot typed as '9/11' into a date: format the cell as Number or Text and write the members agreeing in votes_for and the council's members in council_members, one number per cell, e.g. {example}."));
            return null;
        }
        // "9 phiếu", "11 người", "11 thành viên" as the biên bản says them: the count with its word, not a badly written number.
        if (raw is not null && CountWithWord().Match(raw) is { Success: true } worded)
        {
            var count = worded.Groups["n"].Value;
            c.Error(column, raw, new($"{vi}: '{raw}' — chỉ ghi số, không kèm chữ: ghi {count}.",
                $"{en}: '{raw}' — write the number alone, without a word: {count}."));
            return null;
        }
        var n = c.Number(column);
        if (n is not { } x) return null;
        if (x < 0 || x != decimal.Truncate(x) || x > 10_000)
        {
            c.Error(column, c.Raw(column), new($"{vi} phải là số nguyên từ 0 đến 10.000, ví dụ {example}.", $"{en} must be a whole number from 0 to 10,000, e.g. {example}."));
            return null;
        }
        return (int)x;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?<n>\d+)\s*\p{L}[\p{L}\s.]*$")]
    private static partial System.Text.RegularExpressions.Regex CountWithWord();

    // "9 trên 11", as the minutes may say the ballot in words.
    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s*trên\s*\d", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OutOf();
}
