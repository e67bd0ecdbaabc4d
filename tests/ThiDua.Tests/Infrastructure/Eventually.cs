namespace ThiDua.Tests.Infrastructure;

/// <summary>Waits for a condition with a generous functional deadline (not a timing assertion: only so a hang fails).</summary>
public static class Eventually
{
    public static async Task<TimeSpan> WaitUntilAsync(Func<Task<bool>> condition, TimeSpan deadline, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > deadline) throw new TimeoutException($"not within {deadline.TotalSeconds:F0} s: {what}");
            await Task.Delay(100);
        }
        return clock.Elapsed;
    }
}
