using System.Collections.Concurrent;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace ThiDua.Scheduling;

/// <summary>
/// The logger factory Quartz is given. While the database is away Quartz logs every retry of every thread — its
/// scheduler thread, its cluster check-in, its misfire handler — at error level with a stack trace, every couple of
/// seconds (25 s of outage: 535 lines of them), burying ThiDua's own lines about the outage. Here an error caused by
/// the database being unreachable is written once per kind (category and error), as one line without its stack trace;
/// repeats are dropped until that kind has been quiet for <see cref="Quiet"/>. Anything else Quartz says passes unchanged,
/// and ThiDua's own categories never come through here.
/// </summary>
public sealed class QuartzOutageLogging(ILoggerFactory inner) : ILoggerFactory
{
    /// <summary>How long a kind of outage error must stay away before it is written again.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSeen = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName, inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose()
    {
        // Not ours: the host owns the inner factory.
    }

    /// <summary>The database could not be reached: a socket, I/O or timeout error under Npgsql's, or a connection-class server error.</summary>
    public static bool IsOutage(Exception? e)
    {
        for (var x = e; x is not null; x = x.InnerException)
        {
            if (x is Npgsql.PostgresException p) return p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState is "57P01" or "57P02" or "57P03";
            if (x is SocketException or EndOfStreamException or TimeoutException) return true;
            if (x is Npgsql.NpgsqlException { InnerException: IOException }) return true;
            if (x is Npgsql.NpgsqlException n && n.Message.StartsWith("Exception while", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // True the first time a kind is seen, or again once it has been quiet long enough.
    private bool FirstOfKind(string kind)
    {
        var now = DateTimeOffset.UtcNow;
        var first = true;
        _lastSeen.AddOrUpdate(kind, now, (_, last) =>
        {
            first = now - last > Quiet;
            return now;
        });
        return first;
    }

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return $"{e.GetType().Name}: {e.Message}";
    }

    private sealed class Logger(QuartzOutageLogging owner, string category, ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is null || logLevel < LogLevel.Warning || !IsOutage(exception))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }
            var cause = Innermost(exception);
            if (!owner.FirstOfKind(category + "|" + cause)) return;
            // Its first line only: Quartz writes the whole exception, stack trace and all, into some messages' text.
            var said = formatter(state, exception);
            var firstLine = said.Split('\n', 2)[0].TrimEnd('\r');
            inner.Log(LogLevel.Warning, eventId, "{Message} ({Cause}); Quartz thử lại, các lần lặp lại không ghi tiếp trong {Minutes} phút / Quartz retries, repeats are not logged for {Minutes} min",
                firstLine, cause.Split('\n', 2)[0].TrimEnd('\r'), (int)Quiet.TotalMinutes, (int)Quiet.TotalMinutes);
        }
    }
}
