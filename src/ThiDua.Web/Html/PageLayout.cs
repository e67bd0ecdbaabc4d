namespace ThiDua.Web.Html;

/// <summary>The page shell: Vietnamese, responsive, printable on A4, no script needed.</summary>
public static class PageLayout
{
    private static readonly (string Href, string Label)[] Menu =
    [
        ("/", "Phong trào"), ("/dashboards", "Bảng điều khiển"), ("/imports", "Nhập số liệu"),
        ("/jobs", "Lịch chạy"), ("/reports", "Báo cáo"), ("/openapi/v1.json", "API"),
    ];

    /// <param name="title">Plain text; encoded here.</param>
    /// <param name="body">HTML, already encoded by the caller.</param>
    public static string Render(string title, string body, string? active = null)
    {
        var nav = string.Concat(Menu.Select(m =>
            $"<a href=\"{m.Href}\"{(m.Href == active ? " aria-current=\"page\"" : "")}>{m.Label}</a>"));
        return $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)} — ThiDua</title>
            <link rel="stylesheet" href="{StyleSheet.Path}">
            </head>
            <body>
            <header class="site"><a class="brand" href="/">ThiDua <small>Thi đua – Khen thưởng</small></a><nav>{nav}</nav></header>
            <main>
            <h1>{Html.Encode(title)}</h1>
            {body}
            </main>
            <footer class="site">ThiDua — số liệu tính lại được từ các sự kiện đã ghi · in: Ctrl+P (khổ A4)</footer>
            </body>
            </html>
            """;
    }
}
