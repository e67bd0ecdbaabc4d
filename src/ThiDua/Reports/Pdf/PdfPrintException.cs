namespace ThiDua.Reports.Pdf;

/// <summary>The PDF could not be printed; the message says why and how to fix it, in Vietnamese and English.</summary>
public sealed class PdfPrintException : Exception
{
    public PdfPrintException() { }
    public PdfPrintException(string message) : base(message) { }
    public PdfPrintException(string message, Exception inner) : base(message, inner) { }
}
