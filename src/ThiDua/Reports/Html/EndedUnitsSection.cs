namespace ThiDua.Reports.Html;

/// <summary>One line under the lock state naming the units the report's tables leave out because they have ended.</summary>
internal static class EndedUnitsSection
{
    public static void Write(HtmlWriter w, IReadOnlyList<string> ended)
    {
        if (ended.Count == 0) return;
        w.Element("p", "Không có trong các bảng của báo cáo (đơn vị đã ngừng hoạt động): " + string.Join("; ", ended) + ".", "note");
    }
}
