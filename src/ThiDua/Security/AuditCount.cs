namespace ThiDua.Security;

/// <summary>How many changes match a filter, and how many of them come before the page asked for (newer ones).</summary>
public sealed record AuditCount(long Total, long Newer)
{
    /// <summary>The page number (from 1) of a page of <paramref name="limit"/> entries.</summary>
    public long Page(int limit) => Newer / limit + 1;

    public long Pages(int limit) => Math.Max(1, (Total + limit - 1) / limit);
}
