using ThiDua.Import.Importing;
using ThiDua.Search;

namespace ThiDua.Tests.Search;

/// <summary>The "Có phải" candidates: whatever single edit was typed, one half of the query is still in the name.</summary>
public sealed class NearNamesTests
{
    [Theory]
    [InlineData("chi lang")]
    [InlineData("ubnd huyen chi lang")]
    [InlineData("abc")]
    public void Every_one_edit_spelling_keeps_a_half_that_the_name_holds(string name)
    {
        var spellings = new List<string>();
        for (var i = 0; i <= name.Length; i++)
        {
            spellings.Add(name[..i] + "x" + name[i..]); // a letter added
            if (i == name.Length) continue;
            spellings.Add(name[..i] + "x" + name[(i + 1)..]); // changed
            spellings.Add(name[..i] + name[(i + 1)..]); // left out
            if (i + 1 < name.Length) spellings.Add(name[..i] + name[i + 1] + name[i] + name[(i + 2)..]); // swapped
        }

        foreach (var typed in spellings.Where(s => s.Length >= 3))
        {
            NearCodes.OneEditApart(typed, name).Should().BeTrue(typed);
            var (first, second) = NearNames.Halves(typed);
            (name.Contains(first, StringComparison.Ordinal) || name.Contains(second, StringComparison.Ordinal)).Should().BeTrue($"'{typed}' keeps '{first}' or '{second}' of '{name}'");
        }
    }
}
