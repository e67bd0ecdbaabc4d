using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Import.Parsing;
using ThiDua.Indicators;
using ThiDua.Periods;
using ThiDua.Ratings;
using ThiDua.Units;

namespace ThiDua.Tests.Import.Parsing;

public class GoodFilesTests
{
    // '|' stands for the delimiter under test; the vi numbers use quoted cells where they contain ','.
    private const string Units = "code|name|kind|parent|cluster\nSO_TTTT|Sở Thông tin và Truyền thông|collective||CUM1\nNV01|Nguyễn Văn An|cá nhân|SO_TTTT|\n";
    private const string Campaigns = "code|name|kind|start|end|registration_deadline|midterm_review|final_review|dossier_deadline|score_cap\n" +
        "CD2025|Phong trào thi đua năm 2025|thường xuyên|2025-01-01|31/12/2025|15/02/2025|2025-06|12/2025|2025-12-15|\"1,5\"\n";
    private const string Indicators = "campaign|code|name|uom|direction|aggregation|weight\nCD2025|CT01|Tỷ lệ dịch vụ công trực tuyến|%|at_least|latest|2\nCD2025|NV01|Đề án chuyển đổi số||task|max|\n";
    private const string Targets = "campaign|indicator|unit|target|target_max|baseline|deadline\nCD2025|CT01|SO_TTTT|82%|\"90,5\"|1.110.000|\nCD2025|NV01|SO_TTTT|1|||06/2025\n";
    private const string Measurements = "campaign|unit|indicator|period|value|note\nCD2025|SO_TTTT|CT01|2025-03|\"90,6\"|Quý I\nCD2025|SO_TTTT|CT01|04/2025|96%|\n";
    private const string Ratings = "campaign|unit|rating|discipline|initiative\nCD2025|NV01|HTXSNV|khiển trách|có\nCD2025|SO_TTTT|||\n";
    private const string AwardForms = "campaign|code|name|level|recipient|quota|min_rating|require_initiative|require_all_targets\n" +
        "CD2025|GK_GD|Giấy khen của Giám đốc Sở|Sở|tập thể|2|||\nCD2025|BK_UB|Bằng khen của UBND tỉnh|Tỉnh|individual|3|good|yes|1\n";

    public static TheoryData<string> Delimiters => new() { ",", ";", "\t" };

    private static string With(string template, string delimiter) => template.Replace("|", delimiter, StringComparison.Ordinal);

    [Theory, MemberData(nameof(Delimiters))]
    public void Units_are_read_in_every_delimiter(string delimiter)
    {
        var result = CsvTestFiles.Read<UnitRow>(With(Units, delimiter));
        result.Errors.Should().BeEmpty();
        result.Rows.Should().Equal(
            new UnitRow(2, "SO_TTTT", "Sở Thông tin và Truyền thông", UnitKind.Collective, null, "CUM1"),
            new UnitRow(3, "NV01", "Nguyễn Văn An", UnitKind.Individual, "SO_TTTT", null));
    }

    [Theory, MemberData(nameof(Delimiters))]
    public void Campaigns_are_read_with_both_date_and_month_forms(string delimiter)
    {
        var row = CsvTestFiles.Read<CampaignRow>(With(Campaigns, delimiter)).Single();
        row.Should().Be(new CampaignRow(2, "CD2025", "Phong trào thi đua năm 2025", CampaignKind.Annual,
            new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), new DateOnly(2025, 2, 15),
            new YearMonth(2025, 6), new YearMonth(2025, 12), new DateOnly(2025, 12, 15), 1.5m));
    }

    [Theory, MemberData(nameof(Delimiters))]
    public void Indicators_are_read_and_weight_defaults_to_one(string delimiter)
    {
        var result = CsvTestFiles.Read<IndicatorRow>(With(Indicators, delimiter));
        result.Errors.Should().BeEmpty();
        result.Rows.Should().Equal(
            new IndicatorRow(2, "CD2025", "CT01", "Tỷ lệ dịch vụ công trực tuyến", "%", Direction.AtLeast, Aggregation.Latest, 2m),
            new IndicatorRow(3, "CD2025", "NV01", "Đề án chuyển đổi số", null, Direction.Task, Aggregation.Max, 1m));
    }

    [Theory, MemberData(nameof(Delimiters))]
    public void Targets_are_read_with_vi_numbers(string delimiter)
    {
        var result = CsvTestFiles.Read<TargetRow>(With(Targets, delimiter));
        result.Errors.Should().BeEmpty();
        result.Rows.Should().Equal(
            new TargetRow(2, "CD2025", "CT01", "SO_TTTT", 82m, 90.5m, 1_110_000m, null),
            new TargetRow(3, "CD2025", "NV01", "SO_TTTT", 1m, null, null, new YearMonth(2025, 6)));
    }

    [Theory, MemberData(nameof(Delimiters))]
    public void Measurements_are_read_with_both_month_forms(string delimiter)
    {
        var result = CsvTestFiles.Read<MeasurementRow>(With(Measurements, delimiter));
        result.Errors.Should().BeEmpty();
        result.Rows.Should().Equal(
            new MeasurementRow(2, "CD2025", "SO_TTTT", "CT01", new YearMonth(2025, 3), 90.6m, "Quý I"),
            new MeasurementRow(3, "CD2025", "SO_TTTT", "CT01", new YearMonth(2025, 4), 96m, null));
    }

    [Theory, MemberData(nameof(Delimiters))]
    public void Ratings_are_read_and_an_empty_rating_is_null(string delimiter)
    {
        var result = CsvTestFiles.Read<RatingRow>(With(Ratings, delimiter));
        result.Errors.Should().BeEmpty();
        result.Rows.Should().Equal(
            new RatingRow(2, "CD2025", "NV01", Rating.Excellent, Discipline.Reprimand, true),
            new RatingRow(3, "CD2025", "SO_TTTT", null, Discipline.None, false));
    }

    [Theory, MemberData(nameof(Delimiters))]
    public void Award_forms_are_read_with_their_defaults(string delimiter)
    {
        var result = CsvTestFiles.Read<AwardFormRow>(With(AwardForms, delimiter));
        result.Errors.Should().BeEmpty();
        result.Rows.Should().Equal(
            new AwardFormRow(2, "CD2025", "GK_GD", "Giấy khen của Giám đốc Sở", "Sở", AwardRecipient.Collective, 2, Rating.Excellent, false, false, AwardQuotaScope.Campaign),
            new AwardFormRow(3, "CD2025", "BK_UB", "Bằng khen của UBND tỉnh", "Tỉnh", AwardRecipient.Individual, 3, Rating.Good, true, true, AwardQuotaScope.Campaign));
    }

    [Theory]
    [InlineData(ImportKind.Units, Units, 2)]
    [InlineData(ImportKind.Campaigns, Campaigns, 1)]
    [InlineData(ImportKind.Indicators, Indicators, 2)]
    [InlineData(ImportKind.Targets, Targets, 2)]
    [InlineData(ImportKind.Measurements, Measurements, 2)]
    [InlineData(ImportKind.Ratings, Ratings, 2)]
    [InlineData(ImportKind.AwardForms, AwardForms, 2)]
    public void Every_kind_is_read_by_kind_in_utf8_and_utf16(ImportKind kind, string template, int rowCount)
    {
        var text = With(template, ";");
        foreach (var bytes in new[] { CsvTestFiles.Utf8(text), CsvTestFiles.Utf8(text, bom: true), CsvTestFiles.Utf16(text, false), CsvTestFiles.Utf16(text, true) })
        {
            using var file = CsvImportReader.Read(new MemoryStream(bytes), "x.csv", kind, NumberCulture.Vi);
            file.ToList().Should().HaveCount(rowCount);
            file.Errors.Should().BeEmpty();
            file.IsValid.Should().BeTrue();
        }
    }

    [Fact]
    public void Crlf_line_endings_quoted_line_breaks_and_blank_rows_keep_physical_line_numbers()
    {
        var csv = "campaign,unit,indicator,period,value,note\r\nCD,U1,CT,2025-01,5,\"dòng 1\r\ndòng 2\"\r\n\r\n,,,,,\r\nCD,U1,CT,2025-02,6,\r\n";
        var result = CsvTestFiles.Read<MeasurementRow>(csv);
        result.Errors.Should().BeEmpty();
        result.Rows.Select(r => r.Line).Should().Equal(2, 6);
        result.Rows[0].Note.Should().Be("dòng 1\r\ndòng 2");
    }

    [Fact]
    public void An_excel_sep_hint_line_is_honoured_and_counted()
    {
        var result = CsvTestFiles.Read<UnitRow>("sep=;\ncode;name;kind\nA;Tên A;tap_the\n");
        result.Single().Line.Should().Be(3);
    }
}
