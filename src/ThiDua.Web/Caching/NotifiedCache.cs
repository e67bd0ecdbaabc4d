using System.Collections.Concurrent;

namespace ThiDua.Web.Caching;

/// <summary>
/// Values kept in memory until the <see cref="ChangeFeed"/> reports a change on their channel. While the feed
/// is not listening nothing is served from memory, and a value read while a change arrived is not kept: the
/// cache only ever answers what the database would. With a capacity, the oldest values are let go first once it
/// is full (rendered pages are large: memory must not grow with the number of filters readers try).
/// </summary>
public sealed class NotifiedCache<TKey, TValue> where TKey : notnull where TValue : class
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();
    private readonly ConcurrentQueue<TKey> _order = new();
    private readonly ChangeFeed _feed;
    private readonly int _capacity;

    public NotifiedCache(ChangeFeed feed, string channel, int capacity = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _feed = feed;
        _capacity = capacity;
        feed.Changed += c =>
        {
            if (c != channel && c != "*") return;
            _entries.Clear();
            _order.Clear();
        };
    }

    /// <summary>Drops one value now: for a change made by this process, which must not wait for the notification's round trip.</summary>
    public void Forget(TKey key) => _entries.TryRemove(key, out _);

    /// <summary>The value in memory, if any (no load): the hot path, which allocates nothing.</summary>
    public TValue? Cached(TKey key) => _feed.Listening && _entries.TryGetValue(key, out var cached) ? cached : null;

    /// <summary>The cached value, or the loaded one (kept only if not null and nothing changed meanwhile).</summary>
    /// <param name="mayKeep">Asked after the load: false when the answer may predate a notified change (read from a
    /// standby that had not replayed it yet) and so must not be kept.</param>
    public async Task<TValue?> GetAsync(TKey key, Func<Task<TValue?>> load, Func<bool>? mayKeep = null)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (Cached(key) is { } cached) return cached;
        var generation = _feed.Generation;
        var listening = _feed.Listening;
        var value = await load();
        if (value is not null && listening && _feed.Listening && _feed.Generation == generation && (mayKeep?.Invoke() ?? true)
            && _entries.TryAdd(key, value) && _capacity < int.MaxValue)
        {
            _order.Enqueue(key);
            // Oldest first; a key already let go by a notification is skipped over.
            while (_entries.Count > _capacity && _order.TryDequeue(out var old)) _entries.TryRemove(old, out _);
        }
        return value;
    }
}
