namespace ThiDua.Documents.Dossier;

/// <summary>A chart drawn for a Word document: its caption and the PNG.</summary>
public sealed record DossierChart(string Caption, byte[] Png);
