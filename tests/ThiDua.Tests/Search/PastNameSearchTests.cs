using ThiDua.Search;

namespace ThiDua.Tests.Search;

/// <summary>
/// Office users say a unit's old name for years: a unit renamed through a units import is found by its name now and by
/// the names it had, listed with its name now and the old one ("tên trước đây"), after the units whose name now matches
/// as well; as of a time before the rename it is named and found as it was then, and a unit registered later is not there.
/// </summary>
public sealed class PastNameSearchTests(PastNamesDatabase db) : IClassFixture<PastNamesDatabase>
{
    private Task<SearchGroup> Units(string q, DateTimeOffset? asOf = null) =>
        Group(new RegistrySearch(db.DataSource).SearchAsync(q, 20, [SearchKind.Unit], asOf));

    private static async Task<SearchGroup> Group(Task<SearchResults> results) => (await results).Groups.Single();

    private static string NameIn(int file, string code) => PastNamesDatabase.Renames[file].Single(u => u.Code == code).Name;

    [Fact]
    public async Task A_unit_is_found_by_its_old_name_listed_with_its_name_now_after_the_units_named_so_now()
    {
        var renamed = (await db.ImportTimesAsync())[1];

        var found = await Units("huyen chi lang");

        found.Hits.Select(h => (h.Code, h.Name, h.FormerName)).Should().Equal(
            ("H-CL2", NameIn(0, "H-CL2"), null),
            ("H-CL", NameIn(1, "H-CL"), NameIn(0, "H-CL")));
        found.Hits[1].FormerUntil.Should().Be(renamed, "the old name was the unit's until the file renaming it was recorded");
        found.Hits.Select(h => h.Match).Should().AllBeEquivalentTo(SearchMatch.WordStart, "both hold the words at a word's start");
        found.Total.Should().Be(2);
    }

    [Fact]
    public async Task A_unit_is_found_by_its_name_now_without_an_old_name()
    {
        var found = await Units("thi xa chi lang");

        var hit = found.Hits.Should().ContainSingle().Subject;
        (hit.Code, hit.Name, hit.FormerName, hit.FormerUntil).Should().Be(("H-CL", NameIn(1, "H-CL"), (string?)null, (DateTimeOffset?)null));
        (await Units("chi lang")).Hits.Should().OnlyContain(h => h.FormerName == null, "every unit with Chi Lăng in it has it in its name now");
    }

    [Fact]
    public async Task Of_two_old_names_the_one_matching_is_shown_with_when_it_ended()
    {
        var times = await db.ImportTimesAsync();

        var first = (await Units("thong tin va truyen thong")).Hits.Should().ContainSingle().Subject;
        var second = (await Units("khoa hoc va cong nghe")).Hits.Should().ContainSingle().Subject;

        (first.Code, first.Name, first.FormerName, first.FormerUntil).Should().Be(("S-TT", NameIn(2, "S-TT"), NameIn(0, "S-TT"), (DateTimeOffset?)times[1]));
        (second.Code, second.Name, second.FormerName, second.FormerUntil).Should().Be(("S-TT", NameIn(2, "S-TT"), NameIn(1, "S-TT"), (DateTimeOffset?)times[2]));
    }

    [Fact]
    public async Task As_of_before_the_rename_the_unit_has_its_name_then_and_later_units_are_not_there()
    {
        var times = await db.ImportTimesAsync();
        var before = times[1].AddTicks(-10);

        var old = await Units("huyen chi lang", before);
        var now = await Units("thi xa chi lang", before);
        var all = await Units("chi lang", before);

        old.Hits.Select(h => (h.Code, h.Name, h.FormerName)).Should().Equal(
            ("H-CL", NameIn(0, "H-CL"), null), ("H-CL2", NameIn(0, "H-CL2"), null));
        now.Total.Should().Be(0, "no unit was named so then");
        all.Hits.Select(h => h.Code).Should().BeEquivalentTo(["H-CL", "H-CL2"], "X-NEW was registered after");
    }

    [Fact]
    public async Task As_of_between_two_renames_the_name_then_is_shown_and_the_one_before_is_former()
    {
        var times = await db.ImportTimesAsync();
        var between = times[2].AddTicks(-10);

        var then = (await Units("khoa hoc va cong nghe", between)).Hits.Should().ContainSingle().Subject;
        var former = (await Units("thong tin va truyen thong", between)).Hits.Should().ContainSingle().Subject;

        (then.Name, then.FormerName).Should().Be((NameIn(1, "S-TT"), (string?)null));
        (former.Name, former.FormerName, former.FormerUntil).Should().Be((NameIn(1, "S-TT"), NameIn(0, "S-TT"), (DateTimeOffset?)times[1]));
        (await Units("chuyen doi so", between)).Total.Should().Be(0, "that name came later");
    }
}
