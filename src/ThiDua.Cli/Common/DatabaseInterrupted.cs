using Npgsql;

namespace ThiDua.Cli.Common;

/// <summary>
/// What a writing command says when the database fails under it (PostgreSQL stopped or restarted, the connection cut,
/// "57P01: terminating connection due to administrator command"): the error, and what that means for the data,
/// in the style of <see cref="Importing.ImportStopped"/>. An import writes nothing before its commit, and importing the
/// same file again is safe (rows already there count as unchanged) — a connection lost during the commit itself is
/// looked into by the import, which says when it cannot tell (<see cref="ThiDua.Import.Importing.ImportCommitUncertainException"/>); a rebuild replaces each read model in its own
/// transaction, so one it had not finished keeps its old contents.
/// </summary>
public static class DatabaseInterrupted
{
    private const string Check = "Kiểm tra --database / THIDUA_DATABASE hoặc `thidua db status` / check --database / THIDUA_DATABASE or `thidua db status`.";

    /// <summary>Whether <paramref name="e"/> is the database failing (not a refusal the command itself reports).</summary>
    public static bool Is(Exception e) => e is NpgsqlException || e.InnerException is NpgsqlException;

    // A wrong password, host or database name: "once the database is back" would never come; say what to fix instead.
    private const string NothingWritten = " Không có gì được ghi / nothing was written.";

    public static string Import(string fileName, Exception e) => DatabaseProblem.CannotMend(e)
        ? DatabaseProblem.Describe(e, ThiDua.Hosting.DatabaseLocator.Described) + NothingWritten
        : e is ThiDua.Import.Importing.ImportCommitUncertainException uncertain
        ? $"{uncertain.Message} ({Text(e)}). {Check}"
        : $"Lỗi cơ sở dữ liệu khi nhập tệp {fileName} / database error while importing {fileName}: {Text(e)}. "
        + "Không có gì được ghi; khi cơ sở dữ liệu chạy lại, hãy nhập lại tệp / nothing was written; import the file again once the database is back. "
        + Check;

    public static string Rebuild(Exception e) => DatabaseProblem.CannotMend(e)
        ? DatabaseProblem.Describe(e, ThiDua.Hosting.DatabaseLocator.Described) + NothingWritten
        : $"Lỗi cơ sở dữ liệu khi dựng lại các mô hình đọc / database error while rebuilding the read models: {Text(e)}. "
        + "Các mô hình đọc chưa dựng lại xong vẫn giữ nguyên bản cũ, không có gì dở dang; khi cơ sở dữ liệu chạy lại, hãy chạy lại `thidua projections rebuild` / "
        + "the read models not yet rebuilt keep their old contents, nothing is half-done; run `thidua projections rebuild` again once the database is back. "
        + Check;

    // Npgsql's "Failed to connect to 127.0.0.1:5432" says where but not why: the socket's reason follows ("Connection refused").
    private static string Text(Exception e)
    {
        var npgsql = e is NpgsqlException ? e : e.InnerException ?? e;
        var text = npgsql.Message.TrimEnd('.');
        return npgsql.InnerException is System.Net.Sockets.SocketException socket ? $"{text} ({socket.Message.TrimEnd('.')})" : text;
    }
}
