using Npgsql;

namespace ThiDua.Cli.Importing;

/// <summary>
/// What <c>thidua import</c> says when Ctrl+C (SIGINT/SIGTERM) stops it, while importing or while waiting for another
/// import's turn: an import writes nothing before its commit, so the same file can simply be imported again.
/// </summary>
public static class ImportStopped
{
    /// <summary>
    /// Whether <paramref name="e"/> is the import giving up because <paramref name="ct"/> was cancelled: a cancelled wait or
    /// query is an <see cref="OperationCanceledException"/> ("A task was canceled", "Query was cancelled"), and a
    /// connection broken by the cancellation an <see cref="NpgsqlException"/>.
    /// </summary>
    public static bool IsStop(Exception e, CancellationToken ct) => ct.IsCancellationRequested && e is OperationCanceledException or NpgsqlException;

    public static string Message(string fileName) =>
        $"Đã dừng nhập tệp {fileName} theo yêu cầu (Ctrl+C), không có gì được ghi; có thể nhập lại tệp này. / "
        + $"The import of {fileName} was stopped on request (Ctrl+C), nothing written; the file can be imported again.";
}
