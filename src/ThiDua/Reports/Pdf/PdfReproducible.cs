namespace ThiDua.Reports.Pdf;

/// <summary>
/// Makes a printed PDF the same file whenever the same report is printed again: its dates set to the cut-off
/// (<see cref="PdfDates"/>) and its tagged elements' ids numbered in order (<see cref="PdfNodeIds"/>), both in place,
/// in one read and at most one write of the file.
/// </summary>
public static class PdfReproducible
{
    public static async Task MakeAsync(string pdfPath, DateTimeOffset cutOff, CancellationToken ct = default)
    {
        var bytes = await File.ReadAllBytesAsync(pdfPath, ct);
        // Both run: '|' does not stop at the first change.
        if (PdfDates.Stamp(bytes, cutOff) | PdfNodeIds.Normalize(bytes))
            await AtomicFile.WriteAllBytesAsync(pdfPath, bytes, ct); // written beside and moved: a reader never sees half a PDF
    }
}
