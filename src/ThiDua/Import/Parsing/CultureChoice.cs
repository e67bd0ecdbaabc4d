namespace ThiDua.Import.Parsing;

/// <summary>
/// Where whoever reads an import's messages chooses how the file's numbers are written, so that a message telling them
/// to choose the other way names the place they have: the CLI's <c>--culture</c>, the web page's "Cách viết số", the
/// API's <c>culture</c> field.
/// </summary>
public enum CultureChoice
{
    CliOption,
    WebForm,
    ApiField,
}
