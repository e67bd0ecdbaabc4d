namespace ThiDua.Scheduling;

/// <summary>
/// Writes again while the database cannot be reached (a PostgreSQL restart), as Quartz itself does before it marks a
/// firing complete: a run that ends during a short outage keeps its record in <c>job_runs</c> and its retry, instead of
/// staying "running" or vanishing. Any other error, or an outage longer than <see cref="Patience"/>, goes to the caller.
/// </summary>
internal static class WhileDatabaseAway
{
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Longest = TimeSpan.FromSeconds(5);

    /// <summary>Runs <paramref name="write"/> until it succeeds; <paramref name="onOutage"/> hears the first outage error only.</summary>
    public static async Task RetryAsync(Func<Task> write, Action<Exception> onOutage, CancellationToken ct)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                await write();
                return;
            }
            catch (Exception e) when (QuartzOutageLogging.IsOutage(e) && waited < Patience && !ct.IsCancellationRequested)
            {
                if (waited == TimeSpan.Zero) onOutage(e);
            }
            await Task.Delay(delay, ct);
            waited += delay;
            delay = delay * 2 < Longest ? delay * 2 : Longest;
        }
    }
}
