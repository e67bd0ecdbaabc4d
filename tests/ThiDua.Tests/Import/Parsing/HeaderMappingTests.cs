using ThiDua.Import.Parsing;
using ThiDua.Units;

namespace ThiDua.Tests.Import.Parsing;

public class HeaderMappingTests
{
    [Theory]
    [InlineData("Mã đơn vị;Tên;Loại;Đơn vị cha;Cụm")]
    [InlineData("ma_don_vi;ten;loai;don_vi_cha;cum")]
    [InlineData("MA DON VI;TEN;LOAI;DON-VI-CHA;CUM")]
    [InlineData("  Code ; NAME ;Kind;Parent;Cluster")]
    [InlineData("Mã  Đơn  Vị;Họ và tên;Loại;Đơn vị cha;Cụm thi đua")]
    public void Vietnamese_headers_match_with_or_without_diacritics_and_in_any_case(string header)
    {
        var row = CsvTestFiles.Read<UnitRow>($"{header}\nNV01;Trần Thị Bình;Cá Nhân;SO_TTTT;CUM1\n").Single();
        row.Should().Be(new UnitRow(2, "NV01", "Trần Thị Bình", UnitKind.Individual, "SO_TTTT", "CUM1"));
    }

    [Theory]
    [InlineData(ImportKind.Indicators, "phong_trao,ma_chi_tieu,ten,don_vi_tinh,huong,cach_tinh,trong_so\nCD,CT,Tên,%,at-least,trung bình,1\n")]
    [InlineData(ImportKind.Targets, "Phong trào,Mã chỉ tiêu,Đơn vị,Chỉ tiêu,Chỉ tiêu tối đa,Năm trước,Hạn\nCD,CT,U,5,,4,31/03/2025\n")]
    [InlineData(ImportKind.Targets, "chien_dich,ma_chi_tieu,don_vi,chi_tieu,gia_tri_nen\nCD,CT,U,5,4\n")]
    [InlineData(ImportKind.Measurements, "Phong trào,Đơn vị,Chỉ tiêu,Kỳ,Giá trị,Ghi chú\nCD,U,CT,2025-01,5,ok\n")]
    [InlineData(ImportKind.Ratings, "Phong trào,Đơn vị,Xếp loại,Kỷ luật,Sáng kiến\nCD,U,Hoàn thành tốt nhiệm vụ,,không\n")]
    [InlineData(ImportKind.AwardForms, "phong_trao,ma,ten,cap,doi_tuong,so_luong,xep_loai_toi_thieu,yeu_cau_sang_kien,yeu_cau_hoan_thanh_chi_tieu\nCD,GK,Giấy khen,Sở,any,2,good,có,không\n")]
    [InlineData(ImportKind.Campaigns, "ma,ten,loai,bat_dau,ket_thuc,han_dang_ky,so_ket,tong_ket,han_ho_so,tran_diem\nCD,Tên,chuyên đề,01/03/2025,2025-09-30,,2025-06,2025-09,,1\n")]
    public void Vietnamese_aliases_are_accepted_for_every_kind(ImportKind kind, string csv)
    {
        var result = CsvTestFiles.Read(kind, csv);
        result.Errors.Should().BeEmpty();
        result.Rows.Should().ContainSingle();
    }

    [Theory]
    [InlineData("STT;Mã đơn vị;Tên;Loại;Đơn vị cha;Cụm\n1;NV01;Trần Thị Bình;Cá Nhân;SO_TTTT;CUM1\n")]
    [InlineData("Mã đơn vị;Số TT;Tên;Loại;Đơn vị cha;Cụm\nNV01;7;Trần Thị Bình;Cá Nhân;SO_TTTT;CUM1\n")]
    [InlineData("Số thứ tự;Mã đơn vị;Tên;Loại;Đơn vị cha;Cụm\n;NV01;Trần Thị Bình;Cá Nhân;SO_TTTT;CUM1\n")]
    public void The_row_number_column_of_an_Excel_sheet_is_read_past(string csv)
    {
        var row = CsvTestFiles.Read<UnitRow>(csv).Single();
        row.Should().Be(new UnitRow(2, "NV01", "Trần Thị Bình", UnitKind.Individual, "SO_TTTT", "CUM1"));
    }

    [Fact]
    public void Optional_columns_may_be_missing()
    {
        var row = CsvTestFiles.Read<UnitRow>("code,name,kind\nA,Tên,tap_the\n").Single();
        row.Parent.Should().BeNull();
        row.Cluster.Should().BeNull();
    }

    [Fact]
    public void Columns_may_come_in_any_order()
    {
        var row = CsvTestFiles.Read<UnitRow>("kind,cluster,name,code\nca_nhan,C1,Tên,A\n").Single();
        row.Should().Be(new UnitRow(2, "A", "Tên", UnitKind.Individual, null, "C1"));
    }

    [Fact]
    public void Registration_and_cluster_headers_accept_their_vietnamese_aliases()
    {
        var registration = CsvTestFiles.Read<RegistrationRow>("phong_trao;don_vi;hinh_thuc;ngay_dang_ky;ghi_chu\nKG2021;KG-VP-01;KG21-LDTT;01/06/2021;\nKG2021;KG-VP;;2021-05-31;\n");
        registration.Errors.Should().BeEmpty();
        var rows = registration.Rows;
        (rows[0].Form, rows[0].Date, rows[1].Form, rows[1].Date).Should().Be(("KG21-LDTT", new DateOnly(2021, 6, 1), (string?)null, new DateOnly(2021, 5, 31)));
        CsvTestFiles.Read<ClusterRow>("Mã cụm;Tên\nKG-KHOI3;Khối thi đua - Khối 3\n").Single().Name.Should().Be("Khối thi đua - Khối 3");
    }

    [Fact]
    public void Trailing_empty_columns_from_excel_are_tolerated()
    {
        CsvTestFiles.Read<UnitRow>("code,name,kind,,\nA,Tên,tap_the,,\n").Single().Code.Should().Be("A");
    }

    [Theory]
    [InlineData("award_forms", ImportKind.AwardForms)]
    [InlineData("award-forms", ImportKind.AwardForms)]
    [InlineData("UNITS", ImportKind.Units)]
    [InlineData("measurements", ImportKind.Measurements)]
    [InlineData("targets", ImportKind.Targets)]
    [InlineData("ratings", ImportKind.Ratings)]
    [InlineData("campaigns", ImportKind.Campaigns)]
    [InlineData("indicators", ImportKind.Indicators)]
    [InlineData("clusters", ImportKind.Clusters)]
    [InlineData("registrations", ImportKind.Registrations)]
    public void Cli_words_name_the_import_kinds(string word, ImportKind kind)
    {
        ImportKindNames.TryParse(word, out var parsed).Should().BeTrue();
        parsed.Should().Be(kind);
        ImportKindNames.TryParse(ImportKindNames.ToCliWord(kind), out var roundTrip).Should().BeTrue();
        roundTrip.Should().Be(kind);
    }

    [Fact]
    public void An_unknown_cli_word_is_refused() => ImportKindNames.TryParse("award", out _).Should().BeFalse();

    [Theory]
    [InlineData("vi", NumberCulture.Vi)]
    [InlineData("vi-VN", NumberCulture.Vi)]
    [InlineData("en", NumberCulture.En)]
    [InlineData("EN-us", NumberCulture.En)]
    public void Culture_words_are_understood(string word, NumberCulture culture)
    {
        NumberCultureNames.TryParse(word, out var parsed).Should().BeTrue();
        parsed.Should().Be(culture);
    }
}
