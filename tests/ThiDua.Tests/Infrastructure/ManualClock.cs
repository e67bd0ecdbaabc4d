namespace ThiDua.Tests.Infrastructure;

/// <summary>A clock the test moves by hand, so "as of" instants are exact.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
