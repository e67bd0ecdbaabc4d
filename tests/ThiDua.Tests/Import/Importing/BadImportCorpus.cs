using System.Text;
using ThiDua.Import.Parsing;
using static ThiDua.Tests.Import.Importing.ImportWorld;
using K = ThiDua.Import.Parsing.ImportKind;

namespace ThiDua.Tests.Import.Importing;

/// <summary>The bad inputs, each named; imported through <c>CsvImporter</c> into a database holding <see cref="ImportWorld"/>.</summary>
public static class BadImportCorpus
{
    private const string U = UnitsHeader;
    private const string C = CampaignsHeader;
    private const string I = IndicatorsHeader;
    private const string T = TargetsHeader;
    private const string M = MeasurementsHeader;
    private const string R = RatingsHeader;
    private const string A = AwardFormsHeader;

    public static IReadOnlyDictionary<string, BadImportCase> ByName { get; } = All().ToDictionary(c => c.Name, StringComparer.Ordinal);

    private static IEnumerable<BadImportCase> All()
    {
        // Encoding
        yield return BadImportCase.Bytes("windows-1258 bytes", K.Units,
            () => [.. Encoding.ASCII.GetBytes(U + "X1;T"), 0xEA, .. Encoding.ASCII.GetBytes("n;collective;;\n")], 2, null, "not valid UTF-8");
        yield return BadImportCase.Bytes("utf-16 without bom", K.Units, () => Encoding.Unicode.GetBytes(U + "X1;Tên;collective;;\n"), 1, null, "NUL bytes");
        yield return BadImportCase.Bytes("utf-32 with bom", K.Units, () => [0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes(U)], 1, null, "UTF-32");
        yield return BadImportCase.Bytes("bad byte after 100 KB of good rows", K.Measurements, BadByteDeepInFile, 2002, null, "not valid UTF-8");
        yield return new BadImportCase("50 MB of random bytes", K.Measurements, () => RandomBytesFile.Create(50L << 20), null, null, "Wrong encoding");

        // File structure
        yield return BadImportCase.Text("empty file", K.Units, "", 0, null, "no data rows");
        yield return BadImportCase.Text("whitespace only", K.Units, " \n\n", 0, null, "no data rows");
        yield return BadImportCase.Text("header only", K.Measurements, M, 0, null, "has no data rows");
        yield return BadImportCase.Text("no recognisable delimiter", K.Units, "code|name|kind\nX1|Tên|collective\n", 1, null, "separates its columns with '|'");
        yield return BadImportCase.Text("unterminated quote", K.Measurements, M + "CD2025;D01;AL;2025-02;5;\"ghi chú\nCD2025;D01;AL;2025-03;6;\n", 2, null, "never closed");
        yield return BadImportCase.Text("stray quote", K.Units, U + "X1;Tên \"x\" y;collective;ORG;\n", 2, null, "Misplaced double quote");
        yield return BadImportCase.Text("missing cells", K.Measurements, M + "CD2025;D01;AL;2025-02\n", 2, null, "has 4 fields but the header has 6");
        yield return BadImportCase.Text("extra cells", K.Measurements, M + "CD2025;D01;AL;2025-02;5;;x\n", 2, null, "has 7 fields");
        yield return BadImportCase.Text("missing required column", K.Units, "code;name\nX1;Tên\n", 1, "kind", "required column 'kind' is missing");
        yield return BadImportCase.Text("unknown header", K.Measurements, "campaign;unit;indicator;period;value;colour\nCD2025;D01;AL;2025-02;5;red\n", 1, "colour", "Unknown column 'colour'");
        yield return BadImportCase.Text("duplicate header by alias", K.Measurements, "campaign;unit;indicator;period;value;gia_tri\nCD2025;D01;AL;2025-02;5;6\n", 1, "gia_tri", "Duplicate column");
        yield return BadImportCase.Text("value under an unnamed column", K.Units, "code;name;kind;\nX1;Tên;collective;x\n", 2, "#4", "no header but holds a value");

        // Numbers and the culture
        yield return BadImportCase.Text("en decimal in a vi file", K.Measurements, M + "CD2025;D01;AL;2025-02;1.5;\n", 2, "value", "in vi culture the decimal separator is ','");
        yield return BadImportCase.Text("vi decimal in an en file", K.Measurements, M + "CD2025;D01;AL;2025-02;90,6;\n", 2, "value", "in en culture the decimal separator is '.'", NumberCulture.En);
        yield return BadImportCase.Text("words for a number", K.Measurements, M + "CD2025;D01;AL;2025-02;mười;\n", 2, "value", "not a number in the vi format");
        yield return BadImportCase.Text("absurdly large value", K.Measurements, M + "CD2025;D01;AL;2025-02;99999999999999999;\n", 2, "value", "too large");
        yield return BadImportCase.Text("empty value", K.Measurements, M + "CD2025;D01;AL;2025-02;;\n", 2, "value", "required column 'value' is empty");
        yield return BadImportCase.Text("target as words", K.Targets, T + "CD2025;AL;D02;một trăm;;;\n", 2, "target", "not a number");
        yield return BadImportCase.Text("en decimal weight in a vi file", K.Indicators, I + "CD2025;X1;Tên;%;at_least;sum;1.5\n", 2, "weight", "decimal separator is ','");
        yield return BadImportCase.Text("zero weight", K.Indicators, I + "CD2025;X1;Tên;%;at_least;sum;0\n", 2, "weight", "greater than 0");
        yield return BadImportCase.Text("negative weight", K.Indicators, I + "CD2025;X1;Tên;%;at_least;sum;-1\n", 2, "weight", "greater than 0");
        yield return BadImportCase.Text("fractional quota", K.AwardForms, A + "CD2025;BK;Bằng khen;;any;2,5;;;\n", 2, "quota", "whole number");
        yield return BadImportCase.Text("negative quota", K.AwardForms, A + "CD2025;BK;Bằng khen;;any;-1;;;\n", 2, "quota", "whole number");
        yield return BadImportCase.Text("unknown quota scope", K.AwardForms, A.TrimEnd('\n') + ";quota_scope\n" + "CD2025;CO;Cờ thi đua;;collective;1;;;;toàn tỉnh\n",
            2, "quota_scope", "not a valid quota scope");
        yield return BadImportCase.Text("zero score cap", K.Campaigns, C + "CX;Tên;annual;2025-01-01;2025-12-31;;;;;0\n", 2, "score_cap", "between 1 and 10");

        // Values that make no sense
        yield return BadImportCase.Text("negative task value", K.Measurements, M + "CD2025;D01;TK;2025-04;-1;\n", 2, "value", "negative values are not accepted");
        yield return BadImportCase.Text("rank zero", K.Measurements, M + "CD2025;D01;RU;2025-04;0;\n", 2, "value", "rank must be 1 or more");
        yield return BadImportCase.Text("negative rate for an at_most indicator", K.Measurements, M + "CD2025;D01;AM;2025-04;-2;\n", 2, "value", "cannot be negative");
        yield return BadImportCase.Text("negative count for a reduce_by indicator", K.Measurements, M + "CD2025;D01;RB;2025-04;-3;\n", 2, "value", "cannot be negative");
        yield return BadImportCase.Text("start after end", K.Campaigns, C + "CX;Tên;annual;2025-12-31;2025-01-01;;;;;\n", 2, "end", "must not be before the start");
        yield return BadImportCase.Text("impossible date", K.Campaigns, C + "CX;Tên;annual;2025-02-30;2025-12-31;;;;;\n", 2, "start", "does not exist: 02/2025 has 28 days (2025 is not a leap year)");
        yield return BadImportCase.Text("month 13", K.Measurements, M + "CD2025;D01;AL;13/2025;5;\n", 2, "period", "not a valid month");

        // References
        yield return BadImportCase.Text("measurement of an unknown unit", K.Measurements, M + "CD2025;D99;AL;2025-02;5;\n", 2, "unit", "Unknown unit 'D99'");
        yield return BadImportCase.Text("measurement of a unit code with a wrong letter", K.Measurements, M + "CD2025;D0l;AL;2025-02;5;\n", 2, "unit", "Unknown unit 'D0l': did you mean 'D01'?");
        yield return BadImportCase.Text("measurement in a campaign code with two digits swapped", K.Measurements, M + "CD2052;D01;AL;2025-02;5;\n", 2, "campaign", "Unknown campaign 'CD2052': did you mean 'CD2025'?");
        yield return BadImportCase.Text("measurement of an indicator code with a letter left out", K.Measurements, M + "CD2025;D01;A;2025-02;5;\n", 2, "indicator", "Unknown indicator 'A' in campaign CD2025: import");
        yield return BadImportCase.Text("measurement of an unknown indicator", K.Measurements, M + "CD2025;D01;ZZ;2025-02;5;\n", 2, "indicator", "Unknown indicator 'ZZ' in campaign CD2025");
        yield return BadImportCase.Text("measurement in an unknown campaign", K.Measurements, M + "CX2030;D01;AL;2025-02;5;\n", 2, "campaign", "Unknown campaign 'CX2030'");
        yield return BadImportCase.Text("measurement without a target", K.Measurements, M + "CD2025;D02;AM;2025-02;5;\n", 2, "indicator", "has no target for indicator 'AM'");
        yield return BadImportCase.Text("period before the campaign", K.Measurements, M + "CD2025;D01;AL;2024-12;5;\n", 2, "period", "outside campaign CD2025");
        yield return BadImportCase.Text("period after the campaign", K.Measurements, M + "CD2025;D01;AL;2026-01;5;\n", 2, "period", "outside campaign CD2025");
        yield return BadImportCase.Text("indicator of an unknown campaign", K.Indicators, I + "CX2030;X1;Tên;%;at_least;sum;1\n", 2, "campaign", "Unknown campaign");
        yield return BadImportCase.Text("target in an unknown campaign", K.Targets, T + "CX2030;AL;D01;5;;;\n", 2, "campaign", "Unknown campaign");
        yield return BadImportCase.Text("target of an unknown indicator", K.Targets, T + "CD2025;ZZ;D01;5;;;\n", 2, "indicator", "Unknown indicator");
        yield return BadImportCase.Text("target for an unknown unit", K.Targets, T + "CD2025;AL;D99;5;;;\n", 2, "unit", "Unknown unit 'D99'");
        yield return BadImportCase.Text("task deadline outside the campaign", K.Targets, T + "CD2025;TK;D02;1;;;2026-02\n", 2, "deadline", "outside the campaign");
        yield return BadImportCase.Text("rating in an unknown campaign", K.Ratings, R + "CX2030;P01;excellent;;\n", 2, "campaign", "Unknown campaign");
        yield return BadImportCase.Text("rating of an unknown unit", K.Ratings, R + "CD2025;P99;excellent;;\n", 2, "unit", "Unknown unit 'P99'");
        yield return BadImportCase.Text("award form in an unknown campaign", K.AwardForms, A + "CX2030;GK;Giấy khen;;any;1;;;\n", 2, "campaign", "Unknown campaign");

        // The same key twice in one file with different values
        yield return BadImportCase.Text("duplicate measurement", K.Measurements, M + "CD2025;D01;AL;2025-02;5;\nCD2025;D01;AL;2025-02;6;\n", 3, "value", "already appears on line 2");
        yield return BadImportCase.Text("duplicate unit", K.Units, U + "X1;Tên một;collective;ORG;\nX1;Tên hai;collective;ORG;\n", 3, "code", "already appears on line 2");
        yield return BadImportCase.Text("duplicate campaign", K.Campaigns, C + "CX;Tên;annual;2025-01-01;2025-12-31;;;;;\nCX;Tên;special;2025-01-01;2025-12-31;;;;;\n", 3, "code", "already appears on line 2");
        yield return BadImportCase.Text("duplicate indicator", K.Indicators, I + "CD2025;X1;Tên;%;at_least;sum;1\nCD2025;X1;Tên;%;at_most;sum;1\n", 3, "code", "already appears on line 2");
        yield return BadImportCase.Text("duplicate target", K.Targets, T + "CD2025;AM;D02;5;;;\nCD2025;AM;D02;6;;;\n", 3, "unit", "already appears on line 2");
        yield return BadImportCase.Text("duplicate rating", K.Ratings, R + "CD2025;P02;good;;\nCD2025;P02;excellent;;\n", 3, "unit", "already appears on line 2");
        yield return BadImportCase.Text("duplicate award form", K.AwardForms, A + "CD2025;BK;Bằng khen;;any;1;;;\nCD2025;BK;Bằng khen;;any;2;;;\n", 3, "code", "already appears on line 2");

        // Formulas (Excel would run them when a report of the value is opened)
        yield return BadImportCase.Text("HYPERLINK formula in a unit name", K.Units, U + "X1;\"=HYPERLINK(\"\"http://x.vn\"\";\"\"bấm\"\")\";collective;ORG;\n", 2, "name", "must not start with '='");
        yield return BadImportCase.Text("formula in a measurement note", K.Measurements, M + "CD2025;D01;AL;2025-02;5;=1+1\n", 2, "note", "must not start with '='");
        yield return BadImportCase.Text("formula in an award level", K.AwardForms, A + "CD2025;BK;Bằng khen;@cap;any;1;;;\n", 2, "level", "must not start with '@'");
        yield return BadImportCase.Text("formula in an indicator code", K.Indicators, I + "CD2025;+X1;Tên;%;at_least;sum;1\n", 2, "code", "must not start with '+'");

        // Invalid target definitions, per direction (SPEC §3)
        yield return BadImportCase.Text("at_least with a zero target", K.Targets, T + "CD2025;AL;D02;0;;;\n", 2, "target", "greater than 0 for direction at_least");
        yield return BadImportCase.Text("at_least with a negative target", K.Targets, T + "CD2025;AL;D02;-5;;;\n", 2, "target", "greater than 0 for direction at_least");
        yield return BadImportCase.Text("at_least without a target", K.Targets, T + "CD2025;AL;D02;;;;\n", 2, "target", "required column 'target' is empty");
        yield return BadImportCase.Text("at_most with a negative target", K.Targets, T + "CD2025;AM;D02;-1;;;\n", 2, "target", "must not be negative for direction at_most");
        yield return BadImportCase.Text("reduce_by with a zero target", K.Targets, T + "CD2025;RB;D02;0;;10;\n", 2, "target", "greater than 0 for direction reduce_by");
        yield return BadImportCase.Text("reduce_by without a baseline", K.Targets, T + "CD2025;RB;D02;5;;;\n", 2, "baseline", "direction reduce_by needs it");
        yield return BadImportCase.Text("reduce_by with a zero baseline", K.Targets, T + "CD2025;RB;D02;5;;0;\n", 2, "baseline", "baseline must be greater than 0 for direction reduce_by");
        yield return BadImportCase.Text("increase_by with a negative target", K.Targets, T + "CD2025;IB;D02;-5;;100;\n", 2, "target", "greater than 0 for direction increase_by");
        yield return BadImportCase.Text("increase_by without a baseline", K.Targets, T + "CD2025;IB;D02;5;;;\n", 2, "baseline", "direction increase_by needs it");
        yield return BadImportCase.Text("increase_by with a negative baseline", K.Targets, T + "CD2025;IB;D02;5;;-100;\n", 2, "baseline", "greater than 0 for direction increase_by");
        yield return BadImportCase.Text("rank_up with a zero target", K.Targets, T + "CD2025;RU;D02;0;;10;\n", 2, "target", "greater than 0 for direction rank_up");
        yield return BadImportCase.Text("rank_up without a baseline", K.Targets, T + "CD2025;RU;D02;2;;;\n", 2, "baseline", "direction rank_up needs it");
        yield return BadImportCase.Text("direction change that existing targets do not fit", K.Indicators, I + "CD2025;AL;Số lớp tập huấn;lớp;reduce_by;sum;1\n", 2, "direction", "Cannot change the direction");

        // The unit tree
        yield return BadImportCase.Text("parent that does not exist", K.Units, U + "X1;Tên;collective;NOPE;\n", 2, "parent", "Unknown parent unit 'NOPE'");
        yield return BadImportCase.Text("unit that is its own parent", K.Units, U + "X1;Tên;collective;X1;\n", 2, "parent", "own parent");
        yield return BadImportCase.Text("cycle inside the file", K.Units, U + "X1;Tên một;collective;X2;\nX2;Tên hai;collective;X1;\n", 2, "parent", "loops back");
        yield return BadImportCase.Text("cycle through stored units", K.Units, U + "ORG;Sở Thử nghiệm;collective;D01;\n", 2, "parent", "loops back");
        yield return BadImportCase.Text("unknown unit kind", K.Units, U + "X1;Tên;nhóm;ORG;\n", 2, "kind", "Accepted values: collective");

        // Ratings
        yield return BadImportCase.Text("individual rating row without a rating", K.Ratings, R + "CD2025;P02;;none;no\n", 2, "rating", "rating is missing");
        yield return BadImportCase.Text("unknown rating", K.Ratings, R + "CD2025;P02;xuất sắc lắm;;\n", 2, "rating", "Accepted values: excellent");
        yield return BadImportCase.Text("unknown discipline", K.Ratings, R + "CD2025;P02;good;phạt;\n", 2, "discipline", "Accepted values: none");

        // A bad row at the end of a large valid file: none of the good rows may be written
        yield return BadImportCase.Text("bad number after 20,000 good rows", K.Measurements, Large("CD2025;D01;AL;2025-12;1.5;\n"), 20_002, "value", "decimal separator is ','");
        yield return BadImportCase.Text("unknown unit after 20,000 good rows", K.Measurements, Large("CD2025;D99;AL;2025-12;1;\n"), 20_002, "unit", "Unknown unit 'D99'");
        yield return BadImportCase.Text("conflicting duplicate after 20,000 good rows", K.Measurements, Large("CD2025;D01;B01;2025-01;7;\n"), 20_002, "value", "already appears on line 2");
    }

    private static string Large(string lastRow) => M + string.Concat(BulkMeasurementRows(20_000)) + lastRow;

    // More than the first 64 KB chunk of valid rows, then a Windows-1258 'ê' on line 2002.
    private static byte[] BadByteDeepInFile() =>
        [.. Encoding.UTF8.GetBytes(M + string.Concat(BulkMeasurementRows(2_000))), .. Encoding.ASCII.GetBytes("CD2025;D01;AL;2025-12;1;Ghi ch"), 0xEA, (byte)'\n'];
}
