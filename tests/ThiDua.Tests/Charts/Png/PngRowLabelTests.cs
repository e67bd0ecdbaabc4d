using ThiDua.Charts.Png;

namespace ThiDua.Tests.Charts.Png;

/// <summary>A PNG chart's row names were cut at 41 characters in the middle of a word ("Trung tâm Công nghệ Thông tin và Truyề…").</summary>
public class PngRowLabelTests
{
    [Theory]
    [InlineData("Phòng Kế hoạch – Tài chính", "Phòng Kế hoạch – Tài chính")]
    [InlineData("Trung tâm Công nghệ Thông tin và Truyền thông tỉnh Bắc Kạn", "Trung tâm Công nghệ Thông tin và Truyền…")]
    [InlineData("Phòng Văn hóa và Thông tin huyện Ba Bể — cụm miền núi", "Phòng Văn hóa và Thông tin huyện Ba Bể…")]
    [InlineData("MA-DON-VI-RAT-DAI-KHONG-CO-KHOANG-TRANG-NAO-CA", "MA-DON-VI-RAT-DAI-KHONG-CO-KHOANG-TRANG-N…")]
    public void A_long_name_is_cut_after_a_whole_word(string name, string drawn) =>
        PngPlot.RowLabel(name).Should().Be(drawn);
}
