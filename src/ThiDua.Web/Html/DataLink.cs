namespace ThiDua.Web.Html;

/// <summary>
/// What a page shows in the form a program reads (an API route's JSON), named in a reader's words ("xếp hạng"): the
/// page's footer lists them as "Dữ liệu cho máy (JSON)" for analysts and admins only (<see cref="PageLayout"/>).
/// </summary>
/// <param name="Href">A path, already encoded for an attribute.</param>
/// <param name="Label">Plain text; encoded where it is written.</param>
public sealed record DataLink(string Href, string Label);
