namespace ThiDua.EventStore.LocalServer;

/// <summary>The local cluster could not be set up; the message says why and how to fix it, in both languages.</summary>
public sealed class LocalPostgresException : Exception
{
    public LocalPostgresException() { }
    public LocalPostgresException(string message) : base(message) { }
    public LocalPostgresException(string message, Exception inner) : base(message, inner) { }
}
