using System.Net.Sockets;
using Npgsql;

namespace ThiDua.Cli.Common;

/// <summary>
/// What a command says when the database cannot be used at all (PostgreSQL not running there, an unknown host, a wrong
/// password, a database that does not exist): which database (host, port, database and user — never the password),
/// the cause and how to fix it, in Vietnamese then English, instead of Npgsql's bare "Failed to connect to …" or
/// "Name or service not known".
/// </summary>
public static class DatabaseProblem
{
    public static string Describe(Exception e, string? where)
    {
        ArgumentNullException.ThrowIfNull(e);
        var at = where is null ? "" : $" ({where})";
        var (causeVi, causeEn, fixVi, fixEn) = Classify(e);
        return $"Lỗi cơ sở dữ liệu / database error{at}: {causeVi} / {causeEn}. {fixVi} / {fixEn}";
    }

    /// <summary>A setting that no waiting mends: a refused sign-in, no such database, an unknown host name.</summary>
    public static bool CannotMend(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var (postgres, socket) = Parts(e);
        return postgres is { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification or PostgresErrorCodes.InvalidCatalogName }
            || socket is { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain };
    }

    // Npgsql wraps the server's refusal once and a socket's failure once or twice.
    private static (PostgresException? Postgres, SocketException? Socket) Parts(Exception e) =>
        (e as PostgresException ?? e.InnerException as PostgresException,
         e as SocketException ?? e.InnerException as SocketException ?? e.InnerException?.InnerException as SocketException);

    private const string SettingVi = "trong --database hoặc THIDUA_DATABASE";
    private const string SettingEn = "in --database or THIDUA_DATABASE";

    private static (string CauseVi, string CauseEn, string FixVi, string FixEn) Classify(Exception e)
    {
        var (postgres, socket) = Parts(e);
        if (postgres is { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification })
            return ($"máy chủ từ chối đăng nhập — sai mật khẩu hoặc người dùng không được phép ({postgres.SqlState})",
                $"the server refused the sign-in — wrong password or a user not allowed in ({postgres.SqlState}: {postgres.MessageText})",
                $"Sửa Username/Password {SettingVi} (hoặc pg_hba.conf của máy chủ).", $"Fix Username/Password {SettingEn} (or the server's pg_hba.conf).");
        if (postgres is { SqlState: PostgresErrorCodes.InvalidCatalogName })
            return ("cơ sở dữ liệu này không tồn tại trên máy chủ", $"no such database on the server ({postgres.MessageText})",
                $"Sửa Database= {SettingVi}, hoặc tạo nó (createdb).", $"Fix Database= {SettingEn}, or create it (createdb).");
        if (socket is { SocketErrorCode: SocketError.ConnectionRefused })
            return ("PostgreSQL không chạy ở địa chỉ này (từ chối kết nối)", "PostgreSQL is not running at that address (connection refused)",
                $"Khởi động PostgreSQL, hoặc sửa Host/Port {SettingVi}; cơ sở dữ liệu cục bộ: `thidua db status`.",
                $"Start PostgreSQL, or fix Host/Port {SettingEn}; the local database: `thidua db status`.");
        if (socket is { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain })
            return ("không tìm thấy tên máy chủ", $"unknown host name ({socket.Message})",
                $"Sửa Host= {SettingVi}.", $"Fix Host= {SettingEn}.");
        if (e is NpgsqlException { InnerException: TimeoutException } || e.InnerException is TimeoutException)
            return ("máy chủ không trả lời kịp", "the server did not answer in time",
                $"Kiểm tra máy chủ chạy, mạng, tường lửa và Host/Port {SettingVi}.", $"Check that the server runs, the network, the firewall and Host/Port {SettingEn}.");
        var text = (e is NpgsqlException ? e : e.InnerException ?? e).Message.TrimEnd('.');
        return (text, text, "Kiểm tra --database / THIDUA_DATABASE hoặc `thidua db status`; khi cơ sở dữ liệu chạy lại, hãy chạy lại lệnh.",
            "Check --database / THIDUA_DATABASE or `thidua db status`; once the database is back, run the command again.");
    }
}
