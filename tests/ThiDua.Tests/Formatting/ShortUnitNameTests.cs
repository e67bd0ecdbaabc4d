using ThiDua.Formatting;

namespace ThiDua.Tests.Formatting;

/// <summary>Pages show a unit's name without the "(Sở TT&amp;TT …)" every row repeats; the full name stays on hover.</summary>
public class ShortUnitNameTests
{
    [Theory]
    [InlineData("Văn phòng Sở (Sở TT&TT Bắc Kạn)", "Văn phòng Sở")]
    [InlineData("Trung tâm CNTT (đơn vị sự nghiệp) (Sở TT&TT Lạng Sơn)", "Trung tâm CNTT (đơn vị sự nghiệp)")]
    [InlineData("UBND huyện Cao Lộc", "UBND huyện Cao Lộc")]
    [InlineData("(Sở TT&TT)", "(Sở TT&TT)")]
    [InlineData("Cục (A) thuế", "Cục (A) thuế")]
    public void Only_a_trailing_parenthesis_after_a_name_is_dropped(string name, string expected) =>
        ShortUnitName.Of(name).Should().Be(expected);

    [Fact]
    public void A_page_shows_the_short_name_with_the_full_one_on_hover() =>
        ThiDua.Web.Html.Html.UnitName("Văn phòng Sở (Sở TT&TT Bắc Kạn)")
            .Should().Be("<span title=\"Văn phòng Sở (Sở TT&amp;TT Bắc Kạn)\">Văn phòng Sở</span>");
}
