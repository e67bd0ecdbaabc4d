namespace ThiDua.Web.Reports;

/// <summary>A campaign's award dossier on the reports page: its .docx files (tờ trình first) and when it was written.</summary>
public sealed record DossierSummary(string Campaign, IReadOnlyList<string> Files, DateTime WrittenUtc);
