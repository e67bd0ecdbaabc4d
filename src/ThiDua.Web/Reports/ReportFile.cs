namespace ThiDua.Web.Reports;

/// <summary>A report's bytes, ready to download.</summary>
public sealed record ReportFile(string FileName, string ContentType, Stream Content);
