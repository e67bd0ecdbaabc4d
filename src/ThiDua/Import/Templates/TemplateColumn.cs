namespace ThiDua.Import.Templates;

/// <summary>
/// A column as the import's guide and template files show it: the canonical name (<see cref="Name"/>), the Vietnamese
/// header the template writes (one of the column's accepted names), what goes in it and an example cell.
/// </summary>
public sealed record TemplateColumn(string Name, string Header, string What, string Example, bool IsNumber = false);
