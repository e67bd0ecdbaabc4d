namespace ThiDua.Reports.Pdf;

/// <summary>Prints an HTML file to PDF. The HTML is the only rendering path: the PDF is that document printed.</summary>
public interface IPdfPrinter
{
    /// <exception cref="PdfPrintException">The printer is missing, failed or timed out; the message says what to do.</exception>
    Task PrintAsync(string htmlPath, string pdfPath, CancellationToken ct = default);
}
