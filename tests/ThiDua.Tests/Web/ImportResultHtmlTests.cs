using ThiDua.Import.Importing;
using ThiDua.Import.Parsing;
using ThiDua.Web.Imports;

namespace ThiDua.Tests.Web;

public sealed class ImportResultHtmlTests
{
    [Fact]
    public void A_checked_file_names_its_kind_in_Vietnamese_and_counts_what_would_change()
    {
        var html = ImportResultHtml.Render(new ImportOutcome("t7.csv", "measurements", true, true, 3, 2, 1, 0, 0, []));

        html.Should().Contain("<td>Số liệu thực hiện (measurements.csv)</td>").And.Contain("<th>Thêm mới</th><td class=\"num\">2</td>");
    }

    [Fact]
    public void A_rejected_file_shows_its_errors_without_zero_counts()
    {
        var error = new ImportError(3, "value", "mười hai", "Không đọc được số", "Not a number");

        var html = ImportResultHtml.Render(new ImportOutcome("t7.csv", "measurements", false, true, 2, 0, 0, 0, 0, [error]));

        html.Should().Contain("bị từ chối").And.Contain("mười hai").And.NotContain("Thêm mới").And.NotContain("Không đổi");
    }

    [Fact]
    public void A_rejected_file_links_to_its_kinds_columns_and_template()
    {
        var error = new ImportError(1, "gia tri thuc", "gia tri thuc", "Cột không được hỗ trợ", "Unknown column");

        var html = ImportResultHtml.Render(new ImportOutcome("t7.csv", "measurements", false, true, 2, 0, 0, 0, 0, [error]));

        html.Should().Contain("<a href=\"/imports?kind=measurements#cot-cua-tep\">Các cột của tệp measurements và tệp mẫu</a>");
    }
}
