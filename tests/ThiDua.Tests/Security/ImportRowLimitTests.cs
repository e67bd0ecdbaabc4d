using System.Text;
using ThiDua.Web.Errors;
using ThiDua.Web.Security;

namespace ThiDua.Tests.Security;

/// <summary>The row limit counts lines as the CSV reader ends them: LF, CRLF, a CR alone, UTF-16's CR 00 LF.</summary>
public sealed class ImportRowLimitTests
{
    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    [InlineData("\r", false)]
    [InlineData("\r\n", true)]
    [InlineData("\r", true)]
    public async Task Six_data_lines_exceed_a_limit_of_five_whatever_ends_them(string end, bool utf16)
    {
        var text = "campaign;unit" + end + string.Concat(Enumerable.Range(1, 6).Select(i => $"C;U{i}" + end));

        var act = () => ImportRowLimit.EnsureWithinAsync(Stream(text, utf16), 5, default);

        (await act.Should().ThrowAsync<RequestRejectedException>()).Which.Status.Should().Be(413);
    }

    [Theory]
    [InlineData("\n", false, true)]
    [InlineData("\r\n", false, false)]
    [InlineData("\r", false, true)]
    [InlineData("\r\n", true, false)]
    public async Task Five_data_lines_are_within_a_limit_of_five_with_or_without_a_last_line_end(string end, bool utf16, bool lastEnd)
    {
        var text = "campaign;unit" + end + string.Join(end, Enumerable.Range(1, 5).Select(i => $"C;U{i}")) + (lastEnd ? end : "");
        var stream = Stream(text, utf16);

        await ImportRowLimit.EnsureWithinAsync(stream, 5, default);

        stream.Position.Should().Be(0, "the import reads the file from its start afterwards");
    }

    private static MemoryStream Stream(string text, bool utf16) => new((utf16 ? Encoding.Unicode : Encoding.UTF8).GetBytes(text));
}
