namespace ThiDua.Web.Html;

/// <summary>
/// The page shell: Vietnamese, responsive, printable on A4, no script needed. The API (the menu's "API", a page's JSON
/// in the footer as "Dữ liệu cho máy (JSON)") is shown to analysts and admins; a viewer — the clerk who reads the
/// pages — is not shown it (the routes still answer them).
/// </summary>
public static class PageLayout
{
    private static readonly (string Href, string Label)[] Menu =
    [
        ("/", "Phong trào"), ("/dashboards", "Bảng điều khiển"), ("/imports", "Nhập số liệu"),
        ("/jobs", "Lịch chạy"), ("/reports", "Báo cáo"), ("/audit", "Nhật ký"), (ApiPath, "API"),
    ];

    private const string ApiPath = "/openapi/v1.json";

    // The skip link's target (WCAG 2.4.1): a keyboard user would otherwise Tab through the brand, up to eight menu
    // entries and the sign-out button on every page before reaching its content. tabindex="-1" lets the link move
    // focus (not only the scroll position) into main, so the next Tab and a screen reader continue from there.
    public const string MainId = "noi-dung";

    /// <param name="title">Plain text; encoded here.</param>
    /// <param name="body">HTML, already encoded by the caller.</param>
    /// <param name="active">The menu entry marked as where the reader is (aria-current, underlined): a campaign's own
    /// pages (its units, indicators, tree, print, provenance) pass "/", the campaigns' entry, as dashboards pass theirs.</param>
    /// <param name="data">The page's content as JSON, for the footer (analysts and admins).</param>
    /// <param name="search">What the header's search field shows: the query of the results page, so it can be changed there.</param>
    public static string Render(string title, string body, string? active = null, IReadOnlyList<DataLink>? data = null, string? search = null)
    {
        var (head, tail) = Shell(title, active, data, search);
        return string.Concat(head, body, tail);
    }

    /// <summary>
    /// The page around its body, for the reader signed in now: what comes before the body and after it. A page that
    /// keeps its body (the campaign page) writes the three as they are, without joining a large body into a new string.
    /// </summary>
    public static (string Head, string Tail) Shell(string title, string? active = null, IReadOnlyList<DataLink>? data = null, string? search = null)
    {
        var user = Security.PageUser.Current;
        // Only what the user may open: a viewer is not shown the import page that would refuse them, nor the API; no one
        // signed in (the sign-in page, a 429) is shown nothing, as every entry would only lead back to sign-in.
        var menu = user is null ? []
            : Menu.Where(m => (m.Href != "/imports" || user.MayImport) && (m.Href != ApiPath || user.ReadsMachineData));
        if (user is { IsAdmin: true }) menu = menu.Append((Href: "/users", Label: "Người dùng"));
        // Named, the menu is told apart from a page's other navigation (its breadcrumb, a table's pager) in a screen
        // reader's list of landmarks.
        var nav = string.Concat(menu.Select(m =>
            $"<a href=\"{m.Href}\"{(m.Href == active ? " aria-current=\"page\"" : "")}>{m.Label}</a>"));
        var head = $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Html.Encode(title)} — ThiDua</title>
            <link rel="stylesheet" href="{StyleSheet.Href}">
            <link rel="icon" href="data:,">
            </head>
            <body>
            <a class="skip-link" href="#{MainId}">Bỏ qua menu, đến nội dung chính</a>
            <header class="site"><a class="brand" href="/">ThiDua <small>Thi đua - Khen thưởng</small></a><nav{(nav.Length > 0 ? " aria-label=\"Menu chính\"" : "")}>{nav}</nav>{(user is null ? "" : Search.SearchBox.Header(search))}{UserBox(user)}</header>
            <main id="{MainId}" tabindex="-1">
            {Replicas.ReadNotice.Current}<h1>{Html.Encode(title)}</h1>

            """;
        return (head, Tail(user is { ReadsMachineData: true } ? data : null));
    }

    private static string Tail(IReadOnlyList<DataLink>? data) => $"""

        </main>
        <footer class="site">{DataLinks(data)}ThiDua — số liệu tổng hợp từ dữ liệu đã nhập, tính lại được bất cứ lúc nào · để in: Ctrl+P (khổ A4)</footer>
        </body>
        </html>
        """;

    private static string DataLinks(IReadOnlyList<DataLink>? data)
    {
        if (data is not { Count: > 0 }) return "";
        var links = string.Join(" · ", data.Select(d => $"<a href=\"{d.Href}\">{Html.Encode(d.Label)}</a>"));
        return $"<p class=\"data-links\">Dữ liệu cho máy (JSON): {links}</p>";
    }

    // Who is signed in, with a sign-out button (a POST form: a link could be triggered by another site).
    private static string UserBox(Security.PageUser? user) => user is null
        ? $"<a class=\"user\" href=\"{Security.SignInForm.Path}\">Đăng nhập</a>"
        : $"<form class=\"user\" method=\"post\" action=\"/signout\">{user.AntiforgeryField()}<span>{Html.Encode(user.Name)} ({Html.Encode(user.RoleLabel)})</span> <button class=\"secondary\" type=\"submit\">Đăng xuất</button></form>";
}
