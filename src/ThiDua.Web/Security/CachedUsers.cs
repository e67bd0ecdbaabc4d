using ThiDua.Security;
using ThiDua.Web.Caching;

namespace ThiDua.Web.Security;

/// <summary>
/// Who a token or a session belongs to, kept in memory until a user or token changes (the store notifies), so a
/// request does not cost a database round trip, and a revocation still takes effect on the next request.
/// </summary>
/// <remarks>
/// Tokens are kept by their own text, not their SHA-256: a request whose token is in memory is answered without
/// hashing it (benchmark P4). Only tokens the database knew are kept (an unknown or revoked one is asked again on
/// every request and never kept), so the entries are at most the valid tokens; every change to any user or token
/// empties the cache, as for the names.
/// </remarks>
public sealed class CachedUsers(UserStore users, ChangeFeed feed)
{
    private readonly NotifiedCache<string, Principal> _byToken = new(feed, UserStore.ChangedChannel);
    private readonly NotifiedCache<string, Principal> _byName = new(feed, UserStore.ChangedChannel);

    public Task<Principal?> FindByTokenAsync(string token, CancellationToken ct) =>
        _byToken.GetAsync(token, () => users.FindByTokenAsync(token, ct));

    /// <summary>The token's user if it is in memory (no load, nothing allocated): null says "ask <see cref="FindByTokenAsync"/>".</summary>
    public Principal? CachedByToken(string token) => _byToken.Cached(token);

    public Task<Principal?> FindAsync(string name, CancellationToken ct) =>
        _byName.GetAsync(name, () => users.FindAsync(name, ct));

    /// <summary>After this process changed the user (signed them out): their next request reads the database.</summary>
    public void Forget(string name) => _byName.Forget(name);
}
