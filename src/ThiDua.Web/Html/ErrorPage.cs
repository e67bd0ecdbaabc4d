namespace ThiDua.Web.Html;

/// <summary>The page shown instead of a broken one: the bilingual reason and a way back.</summary>
public static class ErrorPage
{
    /// <param name="back">Where "back" leads, when not the campaigns list: a refused campaign-page form goes back to its campaign.</param>
    public static string Render(int status, string message, (string Href, string Label)? back = null)
    {
        var title = status switch
        {
            401 => "Cần đăng nhập",
            403 => "Không được phép",
            404 => "Không tìm thấy",
            405 => "Phương thức không được phép",
            413 => "Tệp quá lớn",
            415 => "Kiểu nội dung không được hỗ trợ",
            429 => "Quá nhiều lần thử",
            503 => "Không kết nối được cơ sở dữ liệu",
            422 => "Dữ liệu bị từ chối",
            >= 500 => "Lỗi máy chủ",
            _ => "Yêu cầu không hợp lệ",
        };
        return PageLayout.Render(title, $"""
            <p class="notice error" role="alert">{BilingualText.For(message)}</p>
            <p><a href="{Html.Encode(back?.Href ?? "/")}">← {Html.Encode(back?.Label ?? "Về danh sách phong trào")}</a></p>
            """);
    }
}
