namespace ThiDua.Import.Parsing;

/// <summary>A row of <c>registrations.csv</c> (v2); an empty <see cref="Form"/> is a registration for the campaign itself.</summary>
public sealed record RegistrationRow(int Line, string Campaign, string Unit, string? Form, DateOnly Date, string? Note) : IImportRow;
