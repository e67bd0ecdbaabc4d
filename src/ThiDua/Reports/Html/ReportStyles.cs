namespace ThiDua.Reports.Html;

/// <summary>
/// Print CSS for A4. Page numbers and the running header come from @page margin boxes, which Chromium
/// prints (the browser's own header/footer is turned off). Fonts are the Noto families, which cover
/// every Vietnamese letter; the SVG charts scale to the column width and stay vectors.
/// A figure is one unbreakable box, caption and chart: a chart taller than a page (the awards chart of a large campaign)
/// cannot be kept whole, and Chromium moved it alone to the next page, leaving its caption by itself on a page of its
/// own (until 2026-12); as an inline-block the caption goes with it. The line under the motto is as long as the motto,
/// as Nghị định 30/2020/NĐ-CP draws it (until 2026-12 a third of the column, shorter than the motto).
/// A chart taller than a page was still cut where the page ended, across a row or its legend: it is now printed in parts
/// (<see cref="ChartHeightPerWidth"/>), so a section's heading and note can stay with the figure under them
/// (<c>h2 + .note</c>; while a chart could be taller than a page, that moved the heading onto a page of its own).
/// </summary>
internal static class ReportStyles
{
    // The page of @page below: A4, 297 × 210 mm, less its margins (18 mm top and bottom, 18 mm left, 15 mm right).
    private const double PageHeightMm = 297 - 18 - 18;
    private const double ColumnWidthMm = 210 - 18 - 15;

    // What a page may carry above a chart's first part: the section heading "Biểu đồ: …" (13 pt, 11 mm of margins), its
    // note (two lines of 8.5 pt and their margins), the figure's margins (6 mm) and caption (9 pt): about 45 mm, and room
    // to spare for a note or title a line longer.
    private const double AboveChartMm = 50;

    /// <summary>
    /// How tall a printed chart part may be, in times its width. A chart is drawn wider than the column (720 px and more
    /// against the column's 669 CSS px) and scales down to its width, so a part this tall takes at most the page's height
    /// less the heading, note and caption kept with it; a chart narrower than the column would print at its size, shorter.
    /// </summary>
    public const double ChartHeightPerWidth = (PageHeightMm - AboveChartMm) / ColumnWidthMm;

    public const string Css = """
@page {
  size: A4;
  margin: 18mm 15mm 18mm 18mm;
  @top-right { content: RUNNING_HEADER; font: 8pt "Noto Sans", sans-serif; color: #555; }
  @bottom-center { content: "Trang " counter(page) " / " counter(pages); font: 8pt "Noto Sans", sans-serif; color: #555; }
}
@page :first { @top-right { content: none; } }
html { font-family: "Noto Serif", serif; font-size: 10.5pt; line-height: 1.4; color: #111; }
body { margin: 0; }
h1, h2, h3, h4, table, .cover, .note, .summary { font-family: "Noto Sans", sans-serif; }
h1 { font-size: 18pt; margin: 0 0 6mm; }
h2 { font-size: 13pt; margin: 8mm 0 3mm; border-bottom: 1px solid #999; break-after: avoid; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
h4 { font-size: 10pt; margin: 3mm 0 1mm; break-after: avoid; }
.cover { min-height: 240mm; break-after: page; display: flex; flex-direction: column; justify-content: center; text-align: center; }
.cover .agency { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.05em; }
.cover .kind { font-size: 20pt; font-weight: bold; margin: 12mm 0 4mm; }
.cover .campaign { font-size: 13pt; margin: 0 12mm 10mm; }
.cover dl { display: inline-grid; grid-template-columns: auto auto; gap: 1mm 5mm; text-align: left; margin: 0 auto; }
.cover dt { font-weight: bold; }
.cover dd { margin: 0; }
.cover .end { margin-top: auto; }
.letterhead { display: grid; grid-template-columns: 42% 58%; font: 10.5pt/1.35 "Noto Serif", serif; text-align: center; margin-bottom: auto; }
.letterhead .body { font-weight: bold; }
.letterhead .motto { font-weight: bold; }
.letterhead .issuer .body::after { content: ""; display: block; width: 35%; margin: 1mm auto 2mm; border-bottom: 0.75pt solid #111; }
.letterhead .motto { width: fit-content; margin: 0 auto; }
.letterhead .motto::after { content: ""; display: block; margin: 1mm 0 2mm; border-bottom: 0.75pt solid #111; }
.letterhead .date { font-style: italic; }
.letterhead .number { white-space: pre; }
.signature { display: grid; grid-template-columns: 50% 50%; margin-top: 10mm; break-inside: avoid; }
.recipients { font-size: 9pt; }
.recipients .label { font-weight: bold; font-style: italic; }
.signer { text-align: center; }
.signer .body, .signer .name { font-weight: bold; }
.signer .hint { font-style: italic; font-size: 9pt; margin-bottom: 20mm; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 2mm 0 4mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #888; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
.num { text-align: right; white-space: nowrap; }
.whole { white-space: nowrap; }
tr.lag td, tr.tie td { background: #fdecea; }
tr.group td { background: #f3f3f3; font-weight: bold; break-after: avoid; }
th { white-space: nowrap; }
tr.tie td { font-weight: bold; }
.summary { display: grid; grid-template-columns: repeat(5, 1fr); gap: 3mm; margin: 3mm 0; }
.summary div { border: 0.5pt solid #888; padding: 2mm; }
.summary b { display: block; font-size: 16pt; }
.note { font-size: 8.5pt; color: #444; }
.flag { border: 1pt solid #b00; padding: 2mm 3mm; margin: 2mm 0; }
figure { display: inline-block; width: 100%; vertical-align: top; margin: 2mm 0 4mm; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { font: bold 9pt "Noto Sans", sans-serif; margin-bottom: 1mm; }
h2 + .note { break-after: avoid; }
.annex { break-before: page; }
.candidate { break-inside: avoid; margin-bottom: 5mm; }
""";
}
