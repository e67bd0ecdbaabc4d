using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Import.Parsing;
using ThiDua.Indicators;
using ThiDua.Periods;
using ThiDua.Ratings;
using ThiDua.Units;

namespace ThiDua.Tests.Import.Parsing;

public class ValueParsingTests
{
    [Theory]
    [InlineData("2025-03-31")]
    [InlineData("31/03/2025")]
    [InlineData("31/3/2025")]
    public void Dates_parse_in_both_forms(string text)
    {
        ImportDateParser.TryParseDate(text, out var date).Should().BeTrue();
        date.Should().Be(new DateOnly(2025, 3, 31));
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("03/31/2025")]
    [InlineData("2025/03/31")]
    [InlineData("31-03-2025")]
    [InlineData("hôm nay")]
    public void Impossible_or_foreign_dates_are_refused(string text) => ImportDateParser.TryParseDate(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("2025-06")]
    [InlineData("06/2025")]
    [InlineData("6/2025")]
    public void Months_parse_in_both_forms(string text)
    {
        ImportDateParser.TryParseMonth(text, out var month).Should().BeTrue();
        month.Should().Be(new YearMonth(2025, 6));
    }

    [Theory]
    [InlineData("30/06/2025")]
    [InlineData("2025-06-30")]
    public void A_target_deadline_written_as_a_date_is_read_as_its_month(string text)
    {
        ImportDateParser.TryParseMonthOrDate(text, out var month).Should().BeTrue();
        month.Should().Be(new YearMonth(2025, 6));
    }

    [Theory]
    [InlineData("collective", UnitKind.Collective)]
    [InlineData("Tập thể", UnitKind.Collective)]
    [InlineData("tap_the", UnitKind.Collective)]
    [InlineData("TAP THE", UnitKind.Collective)]
    [InlineData("individual", UnitKind.Individual)]
    [InlineData("cá nhân", UnitKind.Individual)]
    [InlineData("ca_nhan", UnitKind.Individual)]
    public void Unit_kinds_accept_every_alias(string text, UnitKind expected) => Parse(ImportValueAliases.UnitKinds, text).Should().Be(expected);

    [Theory]
    [InlineData("annual", CampaignKind.Annual)]
    [InlineData("Thường xuyên", CampaignKind.Annual)]
    [InlineData("special", CampaignKind.Special)]
    [InlineData("theo đợt", CampaignKind.Special)]
    [InlineData("Chuyên đề", CampaignKind.Special)]
    public void Campaign_kinds_accept_every_alias(string text, CampaignKind expected) => Parse(ImportValueAliases.CampaignKinds, text).Should().Be(expected);

    [Theory]
    [InlineData("at_least", Direction.AtLeast)]
    [InlineData("at-least", Direction.AtLeast)]
    [InlineData("At Least", Direction.AtLeast)]
    [InlineData("at_most", Direction.AtMost)]
    [InlineData("at most", Direction.AtMost)]
    [InlineData("reduce_by", Direction.ReduceBy)]
    [InlineData("reduce-by", Direction.ReduceBy)]
    [InlineData("increase_by", Direction.IncreaseBy)]
    [InlineData("INCREASE BY", Direction.IncreaseBy)]
    [InlineData("rank_up", Direction.RankUp)]
    [InlineData("rank-up", Direction.RankUp)]
    [InlineData("task", Direction.Task)]
    [InlineData("nhiệm vụ", Direction.Task)]
    public void Directions_accept_their_names_with_hyphen_or_space(string text, Direction expected) => Parse(ImportValueAliases.Directions, text).Should().Be(expected);

    [Theory]
    [InlineData("sum", Aggregation.Sum)]
    [InlineData("latest", Aggregation.Latest)]
    [InlineData("Average", Aggregation.Average)]
    [InlineData("max", Aggregation.Max)]
    [InlineData("MIN", Aggregation.Min)]
    [InlineData("cộng dồn", Aggregation.Sum)]
    public void Aggregations_accept_their_names(string text, Aggregation expected) => Parse(ImportValueAliases.Aggregations, text).Should().Be(expected);

    [Theory]
    [InlineData("excellent", Rating.Excellent)]
    [InlineData("HTXSNV", Rating.Excellent)]
    [InlineData("htxsnv", Rating.Excellent)]
    [InlineData("Hoàn thành xuất sắc nhiệm vụ", Rating.Excellent)]
    [InlineData("hoan thanh xuat sac nhiem vu", Rating.Excellent)]
    [InlineData("good", Rating.Good)]
    [InlineData("HTTNV", Rating.Good)]
    [InlineData("hoàn thành tốt nhiệm vụ", Rating.Good)]
    [InlineData("completed", Rating.Completed)]
    [InlineData("HTNV", Rating.Completed)]
    [InlineData("Hoàn thành nhiệm vụ", Rating.Completed)]
    [InlineData("not_completed", Rating.NotCompleted)]
    [InlineData("not completed", Rating.NotCompleted)]
    [InlineData("KHTNV", Rating.NotCompleted)]
    [InlineData("Không hoàn thành nhiệm vụ", Rating.NotCompleted)]
    public void Ratings_accept_code_abbreviation_and_full_vietnamese(string text, Rating expected) => Parse(ImportValueAliases.Ratings, text).Should().Be(expected);

    [Theory]
    [InlineData("none", Discipline.None)]
    [InlineData("Không", Discipline.None)]
    [InlineData("reprimand", Discipline.Reprimand)]
    [InlineData("Khiển trách", Discipline.Reprimand)]
    [InlineData("warning", Discipline.Warning)]
    [InlineData("cảnh cáo", Discipline.Warning)]
    [InlineData("dismissal", Discipline.Dismissal)]
    [InlineData("Cách chức", Discipline.Dismissal)]
    public void Disciplines_accept_every_alias(string text, Discipline expected) => Parse(ImportValueAliases.Disciplines, text).Should().Be(expected);

    [Theory]
    [InlineData("collective", AwardRecipient.Collective)]
    [InlineData("tập thể", AwardRecipient.Collective)]
    [InlineData("cá nhân", AwardRecipient.Individual)]
    [InlineData("any", AwardRecipient.Any)]
    public void Award_recipients_accept_every_alias(string text, AwardRecipient expected) => Parse(ImportValueAliases.AwardRecipients, text).Should().Be(expected);

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Có", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("no", false)]
    [InlineData("không", false)]
    [InlineData("khong", false)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    public void Booleans_accept_english_vietnamese_and_digits(string text, bool expected) => Parse(ImportValueAliases.Booleans, text).Should().Be(expected);

    [Fact]
    public void An_empty_discipline_cell_means_none_in_a_file()
    {
        var row = CsvTestFiles.Read<RatingRow>("campaign,unit,rating,discipline\nCD,NV,good,\n").Single();
        row.Discipline.Should().Be(Discipline.None);
    }

    private static T Parse<T>(ValueAliases<T> aliases, string text) where T : struct
    {
        aliases.TryParse(text, out var value).Should().BeTrue($"'{text}' is an alias of {aliases.ValueName}");
        return value;
    }
}
