using System.Text.Json.Serialization;

namespace ThiDua.Reports;

/// <summary>The two reports of SPEC §1: the monthly progress report and the year-end summary review (tổng kết).</summary>
public enum ReportKind
{
    [JsonStringEnumMemberName("monthly")] Monthly,
    [JsonStringEnumMemberName("summary")] Summary,
}
