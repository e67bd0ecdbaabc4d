using System.Text.Json.Serialization;

namespace ThiDua.Awards;

/// <summary>
/// What a form's quota counts (SPEC §4 v2): the whole campaign, or each cluster on its own ("Cờ thi đua cho đơn vị dẫn
/// đầu cụm, khối"; units without a cluster form one group).
/// </summary>
public enum AwardQuotaScope
{
    [JsonStringEnumMemberName("campaign")] Campaign,
    [JsonStringEnumMemberName("cluster")] Cluster,
}
