using Npgsql;
using ThiDua.Formatting;
using ThiDua.Search;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Search;

/// <summary>
/// A country's registry — 34 provinces × ≈ 324 units (11,000), 34 × 10 yearly campaigns of 50 indicators (17,000
/// indicator rows) — written straight into the registry tables (the search reads nothing else), then a search: the
/// plan reads the matching units through the trigram index, not every row, and the counts are right at that size. The
/// planner reads the 340 campaigns and the 17,000 indicator rows (names of common words, "chỉ tiêu số …") whole, which
/// it judges cheaper than the index's posting lists for such words (docs/pages.md, "Tìm kiếm").
/// </summary>
public sealed class NationalSearchTests(NationalSearchTests.Country db) : IClassFixture<NationalSearchTests.Country>
{
    public const int Units = 11_000;

    public sealed class Country : ProductDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await ExecuteAsync($"""
                insert into rm_units (code, definition)
                select 'T' || lpad((i % 34 + 1)::text, 2, '0') || '-U' || lpad(i::text, 5, '0'),
                       jsonb_build_object('code', 'T' || lpad((i % 34 + 1)::text, 2, '0') || '-U' || lpad(i::text, 5, '0'),
                           'name', 'Đơn vị số ' || i || ' tỉnh ' || (i % 34 + 1), 'kind', 'collective')
                from generate_series(0, {Units - 1}) i;
                insert into rm_campaigns (code, definition)
                select 'T' || lpad(p::text, 2, '0') || '-' || y, jsonb_build_object('code', 'T' || lpad(p::text, 2, '0') || '-' || y,
                    'name', 'Phong trào thi đua năm ' || y || ' của tỉnh số ' || p, 'start', y || '-01-01', 'end', y || '-12-31')
                from generate_series(1, 34) p, generate_series(2017, 2026) y;
                insert into rm_indicators (campaign, code, definition)
                select c.code, 'I' || lpad(i::text, 2, '0'), jsonb_build_object('name', 'Chỉ tiêu số ' || i || ' năm ' || right(c.code, 4) || ' của tỉnh ' || left(c.code, 3))
                from rm_campaigns c, generate_series(0, 49) i;
                analyze rm_units; analyze rm_campaigns; analyze rm_indicators;
                """);
        }
    }

    [Fact]
    public async Task A_unit_search_reads_the_matching_rows_through_the_index_not_every_row()
    {
        const SearchKind kind = SearchKind.Unit;
        const string table = "rm_units", q = "DON VI SO 10234 ";
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await using var cmd = RegistrySearch.Command(kind, SearchFolding.Fold(q), 20, conn, null);
        cmd.CommandText = "explain (format json) " + cmd.CommandText;
        var plan = (string)(await cmd.ExecuteScalarAsync())!;

        plan.Should().Contain($"\"Index Name\": \"{table}_search\"", plan);
        plan.Should().NotMatchRegex($"Seq Scan\"[^}}]*\"Relation Name\": \"{table}\"");
    }

    [Fact]
    public async Task At_that_size_every_match_is_counted_and_the_best_listed()
    {
        var search = new RegistrySearch(db.DataSource);

        var one = await search.SearchAsync("đơn vị số 10234", 20);
        var province = await search.SearchAsync("tinh 7", 20, [SearchKind.Unit]);
        var indicator = await search.SearchAsync("I07", 20, [SearchKind.Indicator]);

        one.Groups.Single(g => g.Kind == SearchKind.Unit).Hits.Select(h => h.Code).Should().Equal("T35-U10234".Replace("T35", $"T{10234 % 34 + 1:D2}"));
        // "tỉnh 7" ends the names of the units i with i % 34 = 6, and begins "tỉnh 7x" of none (34 provinces): a word's start.
        province.Groups[0].Total.Should().Be(Enumerable.Range(0, Units).Count(i => $"don vi so {i} tinh {i % 34 + 1}".Contains("tinh 7", StringComparison.Ordinal)));
        province.Groups[0].Hits.Should().HaveCount(20);
        province.Groups[0].More.Should().BeTrue();
        var i07 = indicator.Groups[0].Hits.Should().ContainSingle().Subject;
        (i07.Campaign, i07.Campaigns, i07.Match).Should().Be(("T34-2026", 340, SearchMatch.ExactCode), "the latest campaign by end date, then the last code");
    }
}
