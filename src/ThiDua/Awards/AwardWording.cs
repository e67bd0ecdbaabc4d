using ThiDua.Ranking;

namespace ThiDua.Awards;

/// <summary>How pages, charts and reports name a form's quota and what a proposal is for, in Vietnamese.</summary>
public static class AwardWording
{
    /// <summary>"tối đa 2", "tối đa 1 mỗi cụm, khối", "không giới hạn".</summary>
    public static string Quota(AwardForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Quota is not { } quota) return "không giới hạn";
        var count = Formatting.VietnameseNumber.Format(quota);
        return form.QuotaScope == AwardQuotaScope.Cluster ? $"tối đa {count} mỗi cụm, khối" : $"tối đa {count}";
    }

    /// <summary>
    /// What a candidate is proposed for: the form's name, and for a cluster-scoped form the cluster it leads
    /// ("Cờ thi đua — dẫn đầu cụm, khối X").
    /// </summary>
    public static string Proposal(AwardForm form, AwardRow row)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(row);
        return form.QuotaScope == AwardQuotaScope.Cluster ? $"{form.Name} — dẫn đầu {RankingGroupName.Cluster(row.Cluster, row.ClusterName)}" : form.Name;
    }
}
