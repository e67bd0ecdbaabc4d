namespace ThiDua.Documents.Dossier;

/// <summary>A campaign's award dossier on disk: its folder and the .docx files in it, tờ trình first.</summary>
public sealed record GeneratedDossier(string Campaign, string Directory, IReadOnlyList<string> Files);
