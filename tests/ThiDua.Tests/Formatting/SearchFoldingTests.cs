using System.Text;
using ThiDua.Formatting;

namespace ThiDua.Tests.Formatting;

/// <summary>People type Vietnamese names without diacritics, in any case, "d" for "đ", or paste them decomposed (NFD).</summary>
public sealed class SearchFoldingTests
{
    [Theory]
    [InlineData("Chi Lăng")]
    [InlineData("chi lang")]
    [InlineData("CHI LĂNG")]
    [InlineData("chí lăng")]
    [InlineData("  Chi   LANG ")]
    [InlineData("Chi La\u0306ng")] // NFD: a + combining breve
    public void Every_way_of_typing_chi_lang_folds_to_the_same_key(string typed) =>
        SearchFolding.Fold(typed).Should().Be(SearchFolding.Fold("Chi Lăng")).And.Be("chi lang");

    [Fact]
    public void D_with_stroke_folds_to_d_in_both_cases() =>
        SearchFolding.Fold("Đảng ủy Đông Đô").Should().Be("dang uy dong do");

    [Fact]
    public void Each_vowel_with_each_tone_folds_to_its_plain_letter_whether_composed_or_decomposed()
    {
        // The five tone marks over the twelve vowels, upper and lower case: 144 letters, each folded as its base letter.
        string[] tones = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];
        var checkedLetters = 0;
        foreach (var (vowel, plain) in new[] { ("a", 'a'), ("ă", 'a'), ("â", 'a'), ("e", 'e'), ("ê", 'e'), ("i", 'i'), ("o", 'o'), ("ô", 'o'), ("ơ", 'o'), ("u", 'u'), ("ư", 'u'), ("y", 'y') })
            foreach (var tone in tones)
                foreach (var letter in new[] { vowel, vowel.ToUpperInvariant() })
                {
                    var decomposed = (letter + tone).Normalize(NormalizationForm.FormD);
                    SearchFolding.Fold(decomposed).Should().Be(plain.ToString(), decomposed);
                    SearchFolding.Fold(decomposed.Normalize(NormalizationForm.FormC)).Should().Be(plain.ToString());
                    checkedLetters++;
                }
        checkedLetters.Should().Be(12 * 5 * 2);
    }

    [Fact]
    public void Other_characters_stay_as_they_are() =>
        SearchFolding.Fold("BK-CNTT (TT&TT) 50% ç").Should().Be("bk-cntt (tt&tt) 50% ç");
}
