using System.Globalization;

namespace ThiDua.Web.Replicas;

/// <summary>
/// The line a page shows above its title when its numbers may be late: read from a standby more than
/// <see cref="LagShownFrom"/> behind, or from the primary because the standby cannot be used. Held in an AsyncLocal
/// set by <see cref="ReadRouting"/>, as the signed-in user is, so the static page renderers need no parameter.
/// </summary>
public static class ReadNotice
{
    /// <summary>Below this a standby's delay is the ordinary one of streaming replication (well under a second) plus the probe's second: not worth a line.</summary>
    public static readonly TimeSpan LagShownFrom = TimeSpan.FromSeconds(5);

    private static readonly AsyncLocal<string?> Html = new();

    /// <summary>The notice's HTML for the page being rendered; null when there is nothing to say.</summary>
    public static string? Current
    {
        get => Html.Value;
        internal set => Html.Value = value;
    }

    public static string? For(ReadChoice choice, ReplicaStatus status)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(status);
        if (choice.FromReplica)
            return choice.Lag < LagShownFrom ? null
                : Notice($"Số liệu trên trang này đọc từ máy chủ bản sao, đang chậm khoảng {Duration(choice.Lag)} so với máy chủ chính: số liệu vừa nhập có thể chưa hiện.");
        return status.Absence switch
        {
            ReplicaAbsence.Unreachable => Notice("Máy chủ bản sao đang không kết nối được: số liệu trên trang này đọc trực tiếp từ máy chủ chính."),
            ReplicaAbsence.NotAStandby => Notice("Máy chủ bản sao không ở chế độ dự phòng (hot standby) nên không được dùng: số liệu trên trang này đọc từ máy chủ chính."),
            ReplicaAbsence.CatchingUp => Notice("Máy chủ bản sao chưa nhận kịp dữ liệu: số liệu trên trang này đọc từ máy chủ chính."),
            _ => null,
        };
    }

    /// <summary>"12 giây", "3 phút 5 giây", "2 giờ 10 phút".</summary>
    public static string Duration(TimeSpan t)
    {
        var c = CultureInfo.InvariantCulture;
        if (t < TimeSpan.FromMinutes(1)) return string.Create(c, $"{(int)t.TotalSeconds} giây");
        if (t < TimeSpan.FromHours(1)) return string.Create(c, $"{t.Minutes} phút {t.Seconds} giây");
        return string.Create(c, $"{(long)t.TotalHours} giờ {t.Minutes} phút");
    }

    private static string Notice(string text) => $"<p class=\"notice warning replica\" role=\"status\">{text}</p>";
}
