using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.PreviousYear;

/// <summary>
/// campaigns.csv's optional <c>previous</c> column: a code that does not exist, the campaign itself, a loop or a later
/// campaign is refused on its row with a bilingual error; a row may name a campaign further down the file; a file
/// without the column keeps the stored link. All dry runs over <see cref="PreviousYearDatabase"/>'s two campaigns.
/// </summary>
public sealed class PreviousCampaignImportTests(PreviousYearDatabase db) : IClassFixture<PreviousYearDatabase>
{
    private const string Header = "code;name;kind;start;end;previous\n";

    public static TheoryData<string, string, string, string> Refused => new()
    {
        // rows, column, Vietnamese words, English words
        { "X2024;Phong trào 2024;annual;2024-01-01;2024-12-31;NAMMOII", "previous", "Không có phong trào 'NAMMOII'", "Did you mean 'NAMMOI'?" },
        { "X2024;Phong trào 2024;annual;2024-01-01;2024-12-31;X2024", "previous", "năm trước của chính nó", "cannot be its own previous campaign" },
        { "X2021;Phong trào 2021;annual;2021-01-01;2021-12-31;NAMMOI", "previous", "phải bắt đầu trước phong trào X2021", "must start before campaign X2021" },
        { "LA;Phong trào A;annual;2020-01-01;2020-12-31;LB\nLB;Phong trào B;annual;2021-01-01;2021-12-31;LA", "previous", "vòng lặp: LA → LB → LA", "loops: LA → LB → LA" },
        // The stored NAMMOI names NAMCU: NAMCU cannot move after it.
        { "NAMCU;Phong trào thi đua năm cũ;annual;2024-01-01;2024-12-31;", "start", "Phong trào NAMMOI đã nhập ghi NAMCU", "must start before campaign NAMMOI" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_wrong_previous_campaign_is_refused_on_its_row(string rows, string column, string vi, string en)
    {
        var outcome = await ProductDatabase.ImportAsync(db.Runtime, ImportKind.Campaigns, Header + rows + "\n", dryRun: true);

        outcome.Accepted.Should().BeFalse();
        var error = outcome.Errors.Should().ContainSingle(e => e.Column == column && e.MessageEn.Contains(en)).Subject;
        error.MessageVi.Should().Contain(vi).And.Contain("Sửa hoặc để trống cột previous");
        error.MessageEn.Should().Contain("Correct the previous column or leave it empty");
    }

    [Fact]
    public async Task A_row_may_name_a_campaign_further_down_and_a_file_without_the_column_keeps_the_link()
    {
        var ahead = await ProductDatabase.ImportAsync(db.Runtime, ImportKind.Campaigns,
            Header + "Y2024;Phong trào 2024;annual;2024-01-01;2024-12-31;Y2023\nY2023;Phong trào 2023;annual;2023-01-01;2023-12-31;\n", dryRun: true);
        var without = await ProductDatabase.ImportAsync(db.Runtime, ImportKind.Campaigns,
            "code;name;kind;start;end\nNAMMOI;Phong trào thi đua năm mới;annual;2023-01-01;2023-12-31\n", dryRun: true);
        var cleared = await ProductDatabase.ImportAsync(db.Runtime, ImportKind.Campaigns,
            Header + "NAMMOI;Phong trào thi đua năm mới;annual;2023-01-01;2023-12-31;\n", dryRun: true);

        ahead.Accepted.Should().BeTrue(string.Join("; ", ahead.Errors));
        (without.Accepted, without.Unchanged, without.Changed).Should().Be((true, 1, 0));
        (cleared.Accepted, cleared.Changed).Should().Be((true, 1)); // an empty cell takes the link away
    }
}
