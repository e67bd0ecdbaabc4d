namespace ThiDua.Reports;

/// <summary>A report on disk: its folder and its manifest, with the full paths of what was written.</summary>
public sealed record GeneratedReport(string Directory, ReportManifest Manifest)
{
    public string HtmlPath => Path.Combine(Directory, Manifest.Html);

    public string? PdfPath => Manifest.Pdf is { } pdf ? Path.Combine(Directory, pdf) : null;

    public string ManifestPath => Path.Combine(Directory, ReportFileNames.ManifestFor(Manifest.Html));

    /// <summary>The files written: HTML, PDF (when printed), manifest.</summary>
    public IReadOnlyList<string> Files => PdfPath is { } p ? [HtmlPath, p, ManifestPath] : [HtmlPath, ManifestPath];
}
