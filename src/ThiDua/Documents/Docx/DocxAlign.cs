namespace ThiDua.Documents.Docx;

/// <summary>Paragraph alignment.</summary>
public enum DocxAlign
{
    Left,
    Center,
    Right,
    Both,
}
