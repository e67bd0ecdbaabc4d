using DocumentFormat.OpenXml.Wordprocessing;

namespace ThiDua.Documents.Docx;

/// <summary>The document defaults: Liberation Serif 14 pt, Vietnamese as the proofing language.</summary>
internal static class DocxStyles
{
    public static Styles Create() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = DocxBuilder.Font, HighAnsi = DocxBuilder.Font, ComplexScript = DocxBuilder.Font, EastAsia = DocxBuilder.Font },
            new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0" }))));
}
