using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Parsing;

/// <summary>Each bad input must be reported with its line, column and a message saying what is expected.</summary>
public class BadInputCorpusTests
{
    private const string U = "code,name,kind,parent,cluster\n";
    private const string C = "code,name,kind,start,end,registration_deadline,midterm_review,final_review,dossier_deadline,score_cap\n";
    private const string I = "campaign,code,name,uom,direction,aggregation,weight\n";
    private const string T = "campaign,indicator,unit,target,target_max,baseline,deadline\n";
    private const string M = "campaign,unit,indicator,period,value,note\n";
    private const string R = "campaign,unit,rating,discipline,initiative\n";
    private const string A = "campaign,code,name,level,recipient,quota,min_rating,require_initiative,require_all_targets\n";
    private const string AS = "campaign,code,name,level,recipient,quota,min_rating,require_initiative,require_all_targets,quota_scope\n";
    private const string GoodCampaign = "CD,Phong trào,annual,2025-01-01,2025-12-31,,";

    public static TheoryData<string, ImportKind, string, int, string?, string> Corpus => new()
    {
        // file-level
        { "empty file", ImportKind.Units, "", 0, null, "no data rows" },
        { "whitespace only", ImportKind.Units, "  \n\n", 0, null, "no data rows" },
        { "header only", ImportKind.Units, U, 0, null, "has no data rows" },
        { "header and blank rows", ImportKind.Units, U + ",,,,\n\n,,,,\n", 0, null, "no data rows" },
        { "no recognisable delimiter", ImportKind.Units, "code name kind\nA B tap_the\n", 1, null, "delimiter could not be detected" },
        { "a delimiter that is not read", ImportKind.Units, "code|name|kind\nA|B|tap_the\n", 1, null, "separates its columns with '|'" },
        // header
        { "unknown header", ImportKind.Units, "code,name,kind,colour\nA,B,tap_the,red\n", 1, "colour", "Unknown column 'colour'" },
        { "unknown header lists accepted names", ImportKind.Units, "code,name,kind,mau\nA,B,tap_the,red\n", 1, "mau", "code (ma_don_vi" },
        { "duplicate header by alias", ImportKind.Units, "code,Mã đơn vị,name,kind\nA,A,B,tap_the\n", 1, "Mã đơn vị", "Duplicate column" },
        { "duplicate header verbatim", ImportKind.Measurements, "campaign,unit,indicator,period,value,value\nCD,U,CT,2025-01,1,2\n", 1, "value", "Duplicate column" },
        { "missing required column", ImportKind.Units, "code,name\nA,B\n", 1, "kind", "required column 'kind' is missing" },
        { "missing target column", ImportKind.Targets, "campaign,indicator,unit\nCD,CT,U\n", 1, "target", "required column 'target' is missing" },
        { "missing rating column", ImportKind.Ratings, "campaign,unit\nCD,U\n", 1, "rating", "required column 'rating' is missing" },
        { "header after sep hint", ImportKind.Units, "sep=;\ncode;name;colour\nA;B;x\n", 2, "colour", "Unknown column" },
        // structure
        { "too few fields", ImportKind.Units, U + "A,B\n", 2, null, "has 2 fields but the header has 5" },
        { "too many fields", ImportKind.Units, U + "A,B,tap_the,,,extra\n", 2, null, "has 6 fields" },
        { "vi decimal not quoted in a comma file", ImportKind.Measurements, M + "CD,U,CT,2025-01,90,6,\n", 2, null, "without double quotes" },
        { "unterminated quote", ImportKind.Measurements, M + "CD,U,CT,2025-01,5,\"ghi chú\nCD,U,CT,2025-02,6,\n", 2, null, "never closed" },
        { "stray quote", ImportKind.Units, U + "A,Tên \"x\" y,tap_the,,\n", 2, null, "Misplaced double quote" },
        { "text after closing quote", ImportKind.Units, U + "A,\"Tên\"x,tap_the,,\n", 2, null, "Misplaced double quote" },
        { "value under an unnamed column", ImportKind.Units, "code,name,kind,\nA,B,tap_the,x\n", 2, "#4", "no header but holds a value" },
        { "error on a later line", ImportKind.Units, U + "A,B,tap_the,,\nC,D,nhom,,\n", 3, "kind", "not a valid kind" },
        { "line counted through a quoted line break", ImportKind.Measurements, M + "CD,U,CT,2025-01,5,\"a\nb\"\nCD,U,CT,2025-13,5,\n", 4, "period", "not a valid month" },
        { "line counted through a blank line", ImportKind.Measurements, M + "\n\nCD,U,CT,2025-13,5,\n", 4, "period", "not a valid month" },
        // codes and names
        { "empty code", ImportKind.Units, U + ",Tên,tap_the,,\n", 2, "code", "required column 'code' is empty" },
        { "blank code", ImportKind.Units, U + "   ,Tên,tap_the,,\n", 2, "code", "is empty" },
        { "empty unit name", ImportKind.Units, U + "A,,tap_the,,\n", 2, "name", "required column 'name' is empty" },
        { "code too long", ImportKind.Units, U + new string('X', 65) + ",Tên,tap_the,,\n", 2, "code", "too long (65 characters, at most 64)" },
        { "name too long", ImportKind.Units, U + "A," + new string('n', 301) + ",tap_the,,\n", 2, "name", "at most 300" },
        { "control character in code", ImportKind.Units, U + "A\u0001B,Tên,tap_the,,\n", 2, "code", "control characters" },
        { "tab inside a code in a comma file", ImportKind.Units, U + "A\tB,Tên,tap_the,,\n", 2, "code", "control characters" },
        { "line break inside a quoted name", ImportKind.Units, U + "A,\"Tên\nhai dòng\",tap_the,,\n", 2, "name", "control characters" },
        { "formula = in name", ImportKind.Units, U + "A,\"=HYPERLINK(\"\"http://x.vn\"\",\"\"bấm\"\")\",tap_the,,\n", 2, "name", "must not start with '='" },
        { "formula + in code", ImportKind.Units, U + "+cmd,Tên,tap_the,,\n", 2, "code", "must not start with '+'" },
        { "formula - in name", ImportKind.Units, U + "A,-2+3,tap_the,,\n", 2, "name", "must not start with '-'" },
        { "formula @ in cluster", ImportKind.Units, U + "A,Tên,tap_the,,@SUM(A1)\n", 2, "cluster", "must not start with '@'" },
        { "formula in parent", ImportKind.Units, U + "A,Tên,ca_nhan,=B1,\n", 2, "parent", "Excel formula" },
        { "formula in measurement note", ImportKind.Measurements, M + "CD,U,CT,2025-01,5,=1+1\n", 2, "note", "must not start with '='" },
        { "formula in award level", ImportKind.AwardForms, A + "CD,GK,Giấy khen,@cap,any,1,,,\n", 2, "level", "must not start with '@'" },
        { "unit is its own parent", ImportKind.Units, U + "A,Tên,tap_the,A,\n", 2, "parent", "own parent" },
        { "invalid unit kind", ImportKind.Units, U + "A,Tên,nhóm,,\n", 2, "kind", "Accepted values: collective" },
        // campaigns
        { "start after end", ImportKind.Campaigns, C + "CD,Tên,annual,2025-12-31,2025-01-01,,,,,\n", 2, "end", "must not be before the start" },
        { "impossible start date", ImportKind.Campaigns, C + "CD,Tên,annual,2025-13-01,2025-12-31,,,,,\n", 2, "start", "not a valid date" },
        { "us style end date", ImportKind.Campaigns, C + "CD,Tên,annual,2025-01-01,12/31/2025,,,,,\n", 2, "end", "YYYY-MM-DD or DD/MM/YYYY" },
        { "29 February of a common year", ImportKind.Campaigns, C + "CD,Tên,annual,2025-01-01,29/02/2025,,,,,\n", 2, "end", "02/2025 has 28 days (2025 is not a leap year)" },
        { "31 April", ImportKind.Campaigns, C + "CD,Tên,annual,2025-04-31,2025-12-31,,,,,\n", 2, "start", "04/2025 has 30 days. Correct the day, e.g. 30/04/2025" },
        { "missing start", ImportKind.Campaigns, C + "CD,Tên,annual,,2025-12-31,,,,,\n", 2, "start", "required column 'start' is empty" },
        { "missing campaign name", ImportKind.Campaigns, C + "CD,,annual,2025-01-01,2025-12-31,,,,,\n", 2, "name", "is empty" },
        { "bad midterm month", ImportKind.Campaigns, C + GoodCampaign + "Tháng 6,,,\n", 2, "midterm_review", "not a valid month" },
        { "bad final review month", ImportKind.Campaigns, C + GoodCampaign + ",13/2025,,\n", 2, "final_review", "YYYY-MM or MM/YYYY" },
        { "bad registration deadline", ImportKind.Campaigns, C + "CD,Tên,annual,2025-01-01,2025-12-31,15.02.2025,,,,\n", 2, "registration_deadline", "not a valid date" },
        { "bad dossier deadline", ImportKind.Campaigns, C + GoodCampaign + ",,2025/12/15,\n", 2, "dossier_deadline", "not a valid date" },
        { "zero score cap", ImportKind.Campaigns, C + GoodCampaign + ",,,0\n", 2, "score_cap", "between 1 and 10" },
        { "negative score cap", ImportKind.Campaigns, C + GoodCampaign + ",,,-1\n", 2, "score_cap", "between 1 and 10" },
        { "score cap as text", ImportKind.Campaigns, C + GoodCampaign + ",,,cao\n", 2, "score_cap", "not a number in the vi format" },
        { "unknown campaign kind", ImportKind.Campaigns, C + "CD,Tên,yearly,2025-01-01,2025-12-31,,,,,\n", 2, "kind", "annual (" },
        // indicators
        { "zero weight", ImportKind.Indicators, I + "CD,CT,Tên,%,at_least,sum,0\n", 2, "weight", "weight must be greater than 0" },
        { "negative weight", ImportKind.Indicators, I + "CD,CT,Tên,%,at_least,sum,-1\n", 2, "weight", "greater than 0" },
        { "en decimal weight in vi file", ImportKind.Indicators, I + "CD,CT,Tên,%,at_least,sum,1.5\n", 2, "weight", "in vi culture the decimal separator is ','" },
        { "unknown direction", ImportKind.Indicators, I + "CD,CT,Tên,%,more,sum,1\n", 2, "direction", "not a valid direction" },
        { "unknown aggregation", ImportKind.Indicators, I + "CD,CT,Tên,%,at_least,median,1\n", 2, "aggregation", "not a valid aggregation" },
        { "missing indicator name", ImportKind.Indicators, I + "CD,CT,,%,at_least,sum,1\n", 2, "name", "is empty" },
        { "missing campaign of indicator", ImportKind.Indicators, I + ",CT,Tên,%,at_least,sum,1\n", 2, "campaign", "is empty" },
        // targets
        { "empty target", ImportKind.Targets, T + "CD,CT,U,,,,\n", 2, "target", "required column 'target' is empty" },
        { "target as text", ImportKind.Targets, T + "CD,CT,U,nhiều,,,\n", 2, "target", "not a number in the vi format" },
        { "target NaN", ImportKind.Targets, T + "CD,CT,U,NaN,,,\n", 2, "target", "not a number" },
        { "target in exponent form", ImportKind.Targets, T + "CD,CT,U,1e20,,,\n", 2, "target", "not a number" },
        { "absurdly large target", ImportKind.Targets, T + "CD,CT,U,2.000.000.000.000.000,,,\n", 2, "target", "too large" },
        { "ambiguous target max in vi", ImportKind.Targets, T + "CD,CT,U,7,7.5,,\n", 2, "target_max", "in vi culture the decimal separator is ','" },
        { "excel error as baseline", ImportKind.Targets, T + "CD,CT,U,5,,#N/A,\n", 2, "baseline", "not a number" },
        { "quarter as deadline", ImportKind.Targets, T + "CD,CT,U,1,,,Q2/2025\n", 2, "deadline", "not a valid month" },
        { "missing unit of target", ImportKind.Targets, T + "CD,CT,,5,,,\n", 2, "unit", "is empty" },
        // measurements
        { "month 13", ImportKind.Measurements, M + "CD,U,CT,2025-13,5,\n", 2, "period", "not a valid month" },
        { "day-first date as month", ImportKind.Measurements, M + "CD,U,CT,15/08/2025,5,\n", 2, "period", "'15/08/2025' is a date, not a month: write the month, e.g. 08/2025 or 2025-08" },
        { "ISO date as month", ImportKind.Measurements, M + "CD,U,CT,2025-08-01,5,\n", 2, "period", "is a date, not a month" },
        { "first of the month as month", ImportKind.Measurements, M + "CD,U,CT,01/08/2025,5,\n", 2, "period", "e.g. 08/2025 or 2025-08" },
        { "month before 1900", ImportKind.Measurements, M + "CD,U,CT,1800-01,5,\n", 2, "period", "outside the accepted range (years 1900 to 2999)" },
        { "month in words", ImportKind.Measurements, M + "CD,U,CT,Tháng 3,5,\n", 2, "period", "YYYY-MM or MM/YYYY" },
        { "empty period", ImportKind.Measurements, M + "CD,U,CT,,5,\n", 2, "period", "is empty" },
        { "empty value", ImportKind.Measurements, M + "CD,U,CT,2025-01,,\n", 2, "value", "required column 'value' is empty" },
        { "en number in vi file", ImportKind.Measurements, M + "CD,U,CT,2025-01,\"1,110.5\",\n", 2, "value", "not a number in the vi format" },
        { "currency in value", ImportKind.Measurements, M + "CD,U,CT,2025-01,5 đồng,\n", 2, "value", "e.g. 1.110.000, 90,6 or 96%" },
        // ratings
        { "unknown rating", ImportKind.Ratings, R + "CD,U,A,,\n", 2, "rating", "excellent (HTXSNV" },
        { "unknown discipline", ImportKind.Ratings, R + "CD,U,good,đình chỉ,\n", 2, "discipline", "not a valid discipline" },
        { "unknown initiative answer", ImportKind.Ratings, R + "CD,U,good,,maybe\n", 2, "initiative", "not a valid yes/no" },
        // award forms
        { "unknown recipient", ImportKind.AwardForms, A + "CD,GK,Giấy khen,,group,1,,,\n", 2, "recipient", "not a valid recipient" },
        { "negative quota", ImportKind.AwardForms, A + "CD,GK,Giấy khen,,any,-1,,,\n", 2, "quota", "whole number ≥ 0" },
        { "fractional quota", ImportKind.AwardForms, A + "CD,GK,Giấy khen,,any,\"1,5\",,,\n", 2, "quota", "whole number" },
        { "unknown quota scope", ImportKind.AwardForms, AS + "CD,GK,Giấy khen,,any,1,,,,tỉnh\n", 2, "quota_scope", "not a valid quota scope" },
        { "unknown min rating", ImportKind.AwardForms, A + "CD,GK,Giấy khen,,any,1,best,,\n", 2, "min_rating", "not a valid rating" },
        { "unknown require_initiative", ImportKind.AwardForms, A + "CD,GK,Giấy khen,,any,1,,có lẽ,\n", 2, "require_initiative", "yes/no" },
        { "empty award form name", ImportKind.AwardForms, A + "CD,GK,,,any,1,,,\n", 2, "name", "is empty" },
    };

    [Theory, MemberData(nameof(Corpus))]
    public void A_bad_input_is_reported_with_its_line_column_and_expectation(string scenario, ImportKind kind, string csv, int line, string? column, string expected)
    {
        var result = CsvTestFiles.Read(kind, csv);
        result.Errors.Should().Contain(e => e.Line == line && e.Column == column && e.MessageEn.Contains(expected),
            $"scenario '{scenario}' got: {string.Join(" | ", result.Errors)}");
        result.Errors.Should().OnlyContain(e => e.MessageVi.Length > 0 && e.MessageEn.Length > 0);
        result.Rows.Should().NotContain(r => r.Line == line);
    }

    [Fact]
    public void A_date_in_a_month_column_is_called_a_date_in_vietnamese_too_not_a_month_out_of_range()
    {
        var error = CsvTestFiles.Read(ImportKind.Measurements, M + "CD,U,CT,15/08/2025,5,\n").Errors.Should().ContainSingle().Subject;

        error.MessageVi.Should().Be("'15/08/2025' là một ngày, không phải tháng: ghi tháng, ví dụ 08/2025 hoặc 2025-08.");
        error.MessageVi.IsNormalized(System.Text.NormalizationForm.FormC).Should().BeTrue();
        error.MessageEn.Should().NotContain("range");
    }

    [Fact]
    public void Every_problem_of_a_row_and_of_the_file_is_reported_not_just_the_first()
    {
        var result = CsvTestFiles.Read(ImportKind.Measurements, M + ",U,CT,2025-13,abc,\nCD,U,CT,2025-01,5,ok\nCD,U,,,,\n");
        result.Errors.Select(e => (e.Line, e.Column)).Should().BeEquivalentTo(new (int, string?)[]
        {
            (2, "campaign"), (2, "period"), (2, "value"), (4, "indicator"), (4, "period"), (4, "value"),
        });
        result.Rows.Should().ContainSingle().Which.Line.Should().Be(3);
    }

    [Fact]
    public void The_column_is_named_as_the_user_wrote_it_and_the_value_is_given()
    {
        var error = CsvTestFiles.Read(ImportKind.Measurements, "Phong trào,Đơn vị,Chỉ tiêu,Kỳ,Giá trị\nCD,U,CT,2025-01,1.5\n").Errors.Single();
        (error.Line, error.Column, error.Value).Should().Be((2, "Giá trị", "1.5"));
        error.MessageVi.Should().Contain("dấu thập phân là ','");
    }

    [Fact]
    public void An_en_file_rejects_a_vi_decimal_with_the_en_explanation()
    {
        var error = CsvTestFiles.TargetWithValue("90,6", NumberCulture.En).SingleError();
        (error.Line, error.Column).Should().Be((2, "target"));
        error.MessageEn.Should().Contain("in en culture the decimal separator is '.'");
    }
}
