namespace ThiDua.Web.Search;

/// <summary>
/// The search field in every page's header (<see cref="Html.PageLayout"/>): a plain GET form to <c>/search</c>, so it
/// needs no script (the pages' CSP allows none inline) and works from the keyboard — Tab to it, type, Enter. A search
/// landmark (role="search") named for screen readers; its label is read, not drawn (the placeholder says it to the eye).
/// </summary>
public static class SearchBox
{
    public const string Path = "/search";

    /// <summary>The field's id: the label points at it, a browser test types into it.</summary>
    public const string FieldId = "tim-kiem-menu";

    /// <param name="query">Shown in the field (the results page's query); empty elsewhere.</param>
    public static string Header(string? query = null) =>
        $"<form class=\"search\" role=\"search\" method=\"get\" action=\"{Path}\" aria-label=\"Tìm kiếm\">"
        + $"<label class=\"sr-only\" for=\"{FieldId}\">Tìm đơn vị, chỉ tiêu, phong trào theo mã hoặc tên</label>"
        + $"<input id=\"{FieldId}\" type=\"search\" name=\"q\" maxlength=\"{ThiDua.Search.RegistrySearch.MaxQueryLength}\" "
        + (string.IsNullOrEmpty(query) ? "" : $"value=\"{Html.Html.Encode(query)}\" ")
        + $"placeholder=\"Tìm đơn vị, chỉ tiêu…\" autocomplete=\"off\">"
        + "<button type=\"submit\">Tìm</button></form>";
}
