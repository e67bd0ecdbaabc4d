using ThiDua.Reports.Pdf;

namespace ThiDua.Tests.Reports;

/// <summary>Writes a stand-in PDF, for tests about the HTML only (so they do not wait for Chromium).</summary>
internal sealed class NoPdfPrinter : IPdfPrinter
{
    public Task PrintAsync(string htmlPath, string pdfPath, CancellationToken ct = default) =>
        File.WriteAllTextAsync(pdfPath, "%PDF-stand-in", ct);
}
