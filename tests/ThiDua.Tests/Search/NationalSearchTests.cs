using System.Text.Json.Nodes;
using Npgsql;
using ThiDua.Formatting;
using ThiDua.Search;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Search;

/// <summary>
/// A country's registry — 34 provinces × ≈ 324 units (11,000, named as communes, schools and clinics are), 34 × 10 yearly campaigns of 50 indicators (17,000
/// indicator rows) — written straight into the registry tables (the search reads nothing else), then a search: the
/// database compares the folded keys of all 11,000 units (2.8 ms on this machine; a pg_trgm index on them, tried, took
/// 8.8 ms: 018_registry_search.sql) and sends back only the rows listed, and the counts are right at that size.
/// </summary>
public sealed class NationalSearchTests(NationalSearchTests.Country db) : IClassFixture<NationalSearchTests.Country>
{
    public const int Units = 11_000;

    private static readonly string[] Kinds = ["UBND xã", "UBND phường", "Trường THCS", "Trạm Y tế xã", "Phòng Văn hóa huyện"];

    private static readonly string[] Syllables =
    [
        "An", "Bình", "Cao", "Đông", "Gia", "Hà", "Hải", "Hòa", "Hưng", "Khánh", "Lâm", "Long", "Minh", "Nam", "Ninh", "Phú", "Phúc",
        "Quang", "Sơn", "Tân", "Thanh", "Thành", "Thái", "Thuận", "Tiến", "Trung", "Vĩnh", "Xuân", "Yên", "Đức", "Lộc", "Mỹ", "Nghĩa",
        "Phong", "Quý", "Tài", "Thịnh", "Vân", "Việt", "Châu",
    ];

    /// <summary>Unit i: province i % 34 + 1, a name as a commune's, school's or clinic's ("Trạm Y tế xã Châu Lộc").</summary>
    public static (string Code, string Name) Unit(int i) =>
        ($"T{i % 34 + 1:D2}-U{i:D5}", $"{Kinds[i % 5]} {Syllables[i / 5 % 40]} {Syllables[i / 200 % 40]} tỉnh {i % 34 + 1}");

    public sealed class Country : ProductDatabase
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var units = Enumerable.Range(0, Units).Select(Unit).ToList();
            await using (var cmd = DataSource.CreateCommand("""
                insert into rm_units (code, definition)
                select c, jsonb_build_object('code', c, 'name', n, 'kind', 'collective') from unnest(@c, @n) as t(c, n)
                """))
            {
                cmd.Parameters.AddWithValue("c", units.Select(u => u.Code).ToArray());
                cmd.Parameters.AddWithValue("n", units.Select(u => u.Name).ToArray());
                await cmd.ExecuteNonQueryAsync();
            }
            await ExecuteAsync("""
                insert into rm_campaigns (code, definition)
                select 'T' || lpad(p::text, 2, '0') || '-' || y, jsonb_build_object('code', 'T' || lpad(p::text, 2, '0') || '-' || y,
                    'name', 'Phong trào thi đua năm ' || y || ' của tỉnh số ' || p, 'start', y || '-01-01', 'end', y || '-12-31')
                from generate_series(1, 34) p, generate_series(2017, 2026) y;
                insert into rm_indicators (campaign, code, definition)
                select c.code, 'I' || lpad(i::text, 2, '0'), jsonb_build_object('name', 'Chỉ tiêu số ' || i || ' năm ' || right(c.code, 4) || ' của tỉnh ' || left(c.code, 3))
                from rm_campaigns c, generate_series(0, 49) i;
                analyze rm_units; analyze rm_campaigns; analyze rm_indicators;
                """);
            // Every unit's name now, and a district's old name for every 40th (renamed, as 019_registry_unit_names.sql keeps them).
            await using (var cmd = DataSource.CreateCommand("""
                insert into rm_unit_names (unit, seq, since, until, name)
                select c, 2 * i + 1, '2025-07-01T00:00:00Z', null, n from unnest(@c, @n) with ordinality as t(c, n, i);
                insert into rm_unit_names (unit, seq, since, until, name)
                select c, 2 * i, '2020-01-01T00:00:00Z', '2025-07-01T00:00:00Z', f from unnest(@rc, @f) with ordinality as t(c, f, i);
                analyze rm_unit_names;
                """))
            {
                var renamed = Enumerable.Range(0, Units).Where(i => i % RenamedEvery == 0).ToList();
                cmd.Parameters.AddWithValue("c", units.Select(u => u.Code).ToArray());
                cmd.Parameters.AddWithValue("n", units.Select(u => u.Name).ToArray());
                cmd.Parameters.AddWithValue("rc", renamed.Select(i => Unit(i).Code).ToArray());
                cmd.Parameters.AddWithValue("f", renamed.Select(FormerName).ToArray());
                await cmd.ExecuteNonQueryAsync();
            }
        }
    }

    /// <summary>Every this many units was renamed once.</summary>
    public const int RenamedEvery = 40;

    /// <summary>Unit i's name before (when i is a multiple of <see cref="RenamedEvery"/>).</summary>
    public static string FormerName(int i) => $"UBND huyện cũ {Syllables[i / 5 % 40]} tỉnh {i % 34 + 1}";

    [Fact]
    public async Task Former_names_are_read_from_the_few_renamed_rows_not_every_units_again()
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await using var cmd = RegistrySearch.Command(SearchKind.Unit, SearchFolding.Fold("huyện cũ"), 20, conn, null);
        cmd.CommandText = "explain (analyze, costs off, timing off, format json) " + UnitNameSql.Former;
        var plan = JsonNode.Parse((string)(await cmd.ExecuteScalarAsync())!)![0]!["Plan"]!;
        var search = await new RegistrySearch(db.DataSource).SearchAsync("huyện cũ", 20, [SearchKind.Unit]);

        var nodes = Flatten(plan).ToList();
        nodes.Where(n => n["Relation Name"] != null).Select(n => (string)n["Relation Name"]!).Distinct()
            .Should().BeEquivalentTo(["rm_unit_names", "rm_units"], "the registry's tables, not the units' streams");
        var formers = Units / RenamedEvery + (Units % RenamedEvery == 0 ? 0 : 1);
        var names = nodes.Single(n => (string?)n["Relation Name"] == "rm_unit_names");
        ((int)names["Actual Rows"]! + ((int?)names["Rows Removed by Filter"] ?? 0)).Should().Be(formers, "only the former names are compared");
        search.Groups[0].Total.Should().Be(formers);
        search.Groups[0].Hits.Should().HaveCount(20).And.OnlyContain(h => h.FormerName != null && h.FormerName.StartsWith("UBND huyện cũ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_unit_search_is_compared_in_the_database_and_only_the_rows_listed_come_back()
    {
        await using var conn = await db.DataSource.OpenConnectionAsync();
        await using var cmd = RegistrySearch.Command(SearchKind.Unit, SearchFolding.Fold("TRẠM Y TẾ XÃ CHÂU LỘC"), 20, conn, null);
        cmd.CommandText = "explain (analyze, costs off, timing off, format json) " + cmd.CommandText;
        var plan = JsonNode.Parse((string)(await cmd.ExecuteScalarAsync())!)![0]!["Plan"]!;

        var nodes = Flatten(plan).ToList();
        var scan = nodes.Should().ContainSingle(n => n["Relation Name"] != null, "one table is read: the units'").Subject;
        ((string)scan["Relation Name"]!).Should().Be("rm_units");
        ((string)scan["Filter"]!).Should().Contain("search_key ~~", "the folded key is compared by the database");
        var expected = Enumerable.Range(0, Units).Select(Unit).Count(u => SearchFolding.Fold(u.Code + " " + u.Name).Contains("tram y te xa chau loc", StringComparison.Ordinal));
        ((int)scan["Actual Rows"]! + (int)scan["Rows Removed by Filter"]!).Should().Be(Units, "every unit is compared there");
        ((int)scan["Actual Rows"]!).Should().Be(expected);
        ((int)plan["Actual Rows"]!).Should().Be(Math.Min(expected, 20), "only the rows listed are sent back");
    }

    private static IEnumerable<JsonNode> Flatten(JsonNode node) =>
        new[] { node }.Concat(node["Plans"]?.AsArray().SelectMany(p => Flatten(p!)) ?? []);

    [Fact]
    public async Task At_that_size_every_match_is_counted_and_the_best_listed()
    {
        var search = new RegistrySearch(db.DataSource);

        var one = await search.SearchAsync("tram y te xa chau loc tinh 5", 20);
        var commune = await search.SearchAsync("ubnd xa", 20, [SearchKind.Unit]);
        var indicator = await search.SearchAsync("I07", 20, [SearchKind.Indicator]);

        var units = Enumerable.Range(0, Units).Select(Unit).Select(u => (u.Code, Key: SearchFolding.Fold(u.Code + " " + u.Name))).ToList();
        one.Groups.Single(g => g.Kind == SearchKind.Unit).Hits.Select(h => h.Code)
            .Should().Equal(units.Where(u => u.Key.Contains("tram y te xa chau loc tinh 5", StringComparison.Ordinal)).Select(u => u.Code).Order(StringComparer.Ordinal));
        commune.Groups[0].Total.Should().Be(units.Count(u => u.Key.Contains("ubnd xa", StringComparison.Ordinal))).And.BeGreaterThan(1000);
        commune.Groups[0].Hits.Should().HaveCount(20);
        commune.Groups[0].More.Should().BeTrue();
        var i07 = indicator.Groups[0].Hits.Should().ContainSingle().Subject;
        (i07.Campaign, i07.Campaigns, i07.Match).Should().Be(("T34-2026", 340, SearchMatch.ExactCode), "the latest campaign by end date, then the last code");
    }
}
