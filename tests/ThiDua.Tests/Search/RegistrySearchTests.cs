using Npgsql;
using ThiDua.Formatting;
using ThiDua.Search;

namespace ThiDua.Tests.Search;

/// <summary>
/// The search against a real registry: typed any way, found the same; ranked exact code, code start, name start, a
/// word's start, then inside; counted beyond what is listed; an indicator once, in its latest campaign; "Có phải …?"
/// when nothing matches. Expectations are computed from the rules over <see cref="SearchDatabase.Units"/>.
/// </summary>
public sealed class RegistrySearchTests(SearchDatabase db) : IClassFixture<SearchDatabase>
{
    private Task<SearchResults> Search(string q, int limit = 20, SearchKind? kind = null) =>
        new RegistrySearch(db.DataSource).SearchAsync(q, limit, kind is { } k ? [k] : null);

    [Theory]
    [InlineData("chi lang")]
    [InlineData("CHI LĂNG")]
    [InlineData("chí lăng")]
    [InlineData("Chi La\u0306ng")]
    [InlineData("lang")]
    [InlineData("cl")]
    [InlineData("d")]
    [InlineData("dang uy")]
    public async Task Units_are_found_and_ranked_as_the_rules_say(string q)
    {
        var units = (await Search(q)).Groups.Single(g => g.Kind == SearchKind.Unit);

        var expected = Expected(q);
        units.Hits.Select(h => (h.Code, h.Match)).Should().Equal(expected.Take(20));
        units.Total.Should().Be(expected.Count);
        expected.Should().NotBeEmpty("each query is meant to find something");
    }

    [Fact]
    public async Task An_exact_code_comes_first_then_codes_beginning_with_it()
    {
        var hits = (await Search("cl")).Groups.Single(g => g.Kind == SearchKind.Unit).Hits;

        hits.Select(h => h.Code).Should().StartWith(["CL", "CL-01"]);
        hits[0].Match.Should().Be(SearchMatch.ExactCode);
    }

    [Fact]
    public async Task Results_beyond_the_limit_are_counted_and_said_to_be_more()
    {
        var units = (await Search("lang", limit: 2)).Groups.Single(g => g.Kind == SearchKind.Unit);

        units.Hits.Should().HaveCount(2);
        units.Total.Should().Be(Expected("lang").Count).And.BeGreaterThan(2);
        units.More.Should().BeTrue();
    }

    [Fact]
    public async Task An_indicator_in_two_campaigns_is_listed_once_leading_to_the_later_campaign()
    {
        var indicators = (await Search("ngan sach")).Groups.Single(g => g.Kind == SearchKind.Indicator);

        // NS-SO's name begins with it (CD-SO only); NS's has it as a later word, in TD2023 and TD2024 (which ends later).
        indicators.Hits.Select(h => (h.Code, h.Campaign, h.Campaigns, h.Match)).Should().Equal(
            ("NS-SO", "CD-SO", 1, SearchMatch.NameStart), ("NS", "TD2024", 2, SearchMatch.WordStart));
        indicators.Hits[1].Name.Should().Be("Thu ngân sách nhà nước", "the later campaign's name");
    }

    [Fact]
    public async Task Campaigns_are_found_by_name_newest_first_among_equal_matches()
    {
        var campaigns = (await Search("THI DUA")).Groups.Single(g => g.Kind == SearchKind.Campaign);

        // "Thi đua chuyển đổi số" begins with it; the two annual ones have it as a later word: 2024 before 2023.
        campaigns.Hits.Select(h => h.Code).Should().Equal("CD-SO", "TD2024", "TD2023");
    }

    [Fact]
    public async Task One_kind_alone_can_be_asked_for()
    {
        var results = await Search("so", kind: SearchKind.Campaign);

        results.Groups.Select(g => g.Kind).Should().Equal(SearchKind.Campaign);
    }

    [Fact]
    public async Task A_percent_sign_typed_is_looked_for_as_itself_not_as_a_wildcard()
    {
        var results = await Search("0%");

        results.Total.Should().Be(0, "no code or name holds '0%' ('Phòng 50 năm' would match were % a wildcard)");
        (await Search("50 n")).Groups.Single(g => g.Kind == SearchKind.Unit).Hits.Select(h => h.Code).Should().Equal("P50");
    }

    [Fact]
    public async Task Nothing_found_suggests_the_names_one_letter_away()
    {
        var results = await Search("chi lanh");

        results.Total.Should().Be(0);
        var near = SearchDatabase.Units.Where(u => SearchFolding.Fold(u.Name).Contains("chi lang", StringComparison.Ordinal))
            .OrderBy(u => SearchFolding.Fold(u.Name), StringComparer.Ordinal).Select(u => u.Code);
        results.Suggestions.Select(s => s.Code).Should().Equal(near);
        (await Search("xyzzy")).Suggestions.Should().BeEmpty("nothing is one letter from it");
    }

    [Fact]
    public async Task The_registry_folds_stored_names_as_the_query_is_folded_for_every_latin_letter()
    {
        // Every character of Latin-1, Latin Extended-A/B and Latin Extended Additional (Vietnamese's precomposed letters),
        // alone and inside a word, and the Vietnamese letters decomposed: the SQL function and the C# fold must agree.
        var inputs = Enumerable.Range(1, 0x24F).Concat(Enumerable.Range(0x1E00, 0x100)).Select(c => ((char)c).ToString())
            .SelectMany(s => new[] { s, $" X{s}y  " }).ToList();
        inputs.AddRange(SearchFolding.Table.Keys.Select(c => c.ToString().Normalize(System.Text.NormalizationForm.FormD) + " Đ"));
        await using var cmd = db.DataSource.CreateCommand("select thidua_fold(x) from unnest(@a) with ordinality as t(x, n) order by n");
        cmd.Parameters.AddWithValue("a", inputs.ToArray());
        var stored = new List<string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) stored.Add(reader.GetString(0));

        stored.Should().Equal(inputs.Select(SearchFolding.Fold));
    }

    [Fact]
    public async Task A_rebuild_writes_the_same_folded_keys()
    {
        const string keys = """
            select string_agg(k, E'\n' order by k) from (
                select 'u ' || code || ' ' || search_code || ' ' || search_name || ' | ' || search_key as k from rm_units
                union all select 'c ' || code || ' ' || search_code || ' ' || search_name || ' | ' || search_key from rm_campaigns
                union all select 'i ' || campaign || ' ' || code || ' ' || search_code || ' ' || search_name || ' | ' || search_key from rm_indicators) t
            """;
        var before = await TextAsync(keys);
        await using (var runtime = await db.OpenRuntimeAsync()) await runtime.RebuildAsync();

        (await TextAsync(keys)).Should().Be(before).And.Contain("u LS-CHILANG ls-chilang ubnd huyen chi lang | ls-chilang ubnd huyen chi lang");
    }

    private async Task<string> TextAsync(string sql)
    {
        await using var cmd = db.DataSource.CreateCommand(sql);
        return (string)(await cmd.ExecuteScalarAsync())!;
    }

    // The rules, computed over the units: the query folded, found in "code name"; exact code, code start, name start, a
    // later word's start, inside.
    private static List<(string Code, SearchMatch Match)> Expected(string q)
    {
        var f = SearchFolding.Fold(q);
        return SearchDatabase.Units
            .Select(u => (u.Code, Key: SearchFolding.Fold(u.Code), Name: SearchFolding.Fold(u.Name)))
            .Where(u => $"{u.Key} {u.Name}".Contains(f, StringComparison.Ordinal))
            .Select(u => (u.Code, u.Name, Match: u.Key == f ? SearchMatch.ExactCode : u.Key.StartsWith(f, StringComparison.Ordinal) ? SearchMatch.CodePrefix
                : u.Name.StartsWith(f, StringComparison.Ordinal) ? SearchMatch.NameStart : u.Name.Contains(" " + f, StringComparison.Ordinal) ? SearchMatch.WordStart : SearchMatch.Inside))
            .OrderBy(u => u.Match).ThenBy(u => u.Name, StringComparer.Ordinal).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => (u.Code, u.Match)).ToList();
    }
}
