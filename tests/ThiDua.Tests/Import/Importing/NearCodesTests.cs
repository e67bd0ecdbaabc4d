using ThiDua.Import.Importing;

namespace ThiDua.Tests.Import.Importing;

/// <summary>An unknown code a letter away from a stored one names it: a clerk's typo, not a unit to create.</summary>
public sealed class NearCodesTests
{
    [Theory]
    [InlineData("BK-CNTI", "BK-CNTT")]   // one letter typed wrong
    [InlineData("BK-CNT", "BK-CNTT")]    // one left out
    [InlineData("BK-CNNTT", "BK-CNTT")]  // one doubled
    [InlineData("BK-CTNT", "BK-CNTT")]   // two neighbours swapped
    [InlineData("bk-cntt", "BK-CNTT")]   // letter case
    public void A_code_one_edit_from_a_stored_one_is_near_it(string typed, string stored) =>
        NearCodes.OneEditApart(typed, stored).Should().BeTrue();

    [Theory]
    [InlineData("BK-XYZT", "BK-CNTT")]
    [InlineData("D9", "D1")]             // too short to guess: every two-letter code is one edit from many
    public void A_code_further_away_or_too_short_is_not(string typed, string stored) =>
        NearCodes.OneEditApart(typed, stored).Should().BeFalse();

    [Fact]
    public void The_same_code_in_other_case_is_preferred_to_a_typo_of_another()
    {
        new NearCodes().For("unit", "bk-cntt", ["BK-CNTA", "BK-CNTT"]).Should().Be("BK-CNTT");
    }
}
