using ThiDua.Security;
using ThiDua.Web.Caching;

namespace ThiDua.Web.Security;

/// <summary>
/// Who a token or a session belongs to, kept in memory until a user or token changes (the store notifies), so a
/// request does not cost a database round trip, and a revocation still takes effect on the next request.
/// </summary>
public sealed class CachedUsers(UserStore users, ChangeFeed feed)
{
    private readonly NotifiedCache<string, Principal> _byToken = new(feed, UserStore.ChangedChannel);
    private readonly NotifiedCache<string, Principal> _byName = new(feed, UserStore.ChangedChannel);

    public Task<Principal?> FindByTokenAsync(string token, CancellationToken ct) =>
        _byToken.GetAsync(ApiTokens.Hash(token), () => users.FindByTokenAsync(token, ct));

    public Task<Principal?> FindAsync(string name, CancellationToken ct) =>
        _byName.GetAsync(name, () => users.FindAsync(name, ct));

    /// <summary>After this process changed the user (signed them out): their next request reads the database.</summary>
    public void Forget(string name) => _byName.Forget(name);
}
