using System.Diagnostics;
using System.Text;
using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Import.Parsing;

public class EncodingAndStreamingTests
{
    private const string Header = "campaign,unit,indicator,period,value,note\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf8_with_and_without_bom_reads_vietnamese_text(bool bom)
    {
        var bytes = CsvTestFiles.Utf8("Mã đơn vị,Tên,Loại\nSO_TTTT,Sở Thông tin và Truyền thông,tập thể\n", bom);
        CsvTestFiles.Read<UnitRow>(bytes).Single().Name.Should().Be("Sở Thông tin và Truyền thông");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_in_both_byte_orders_reads_vietnamese_text(bool bigEndian)
    {
        var bytes = CsvTestFiles.Utf16("Mã đơn vị\tTên\tLoại\r\nSO_TTTT\tSở Tài chính\tTập thể\r\n", bigEndian);
        var row = CsvTestFiles.Read<UnitRow>(bytes).Single();
        (row.Line, row.Name).Should().Be((2, "Sở Tài chính"));
    }

    [Theory]
    [InlineData(new byte[] { 0x63, 0x6F, 0x64, 0x65, 0x2C, 0x6E, 0x61, 0x6D, 0x65, 0x0A, 0x41, 0x2C, 0x54, 0x72, 0xF0, 0xF5, 0x6E, 0x67 }, 2)] // Windows-1258 "Trđơng"
    [InlineData(new byte[] { 0x4D, 0xB8, 0x20, 0xAE, 0xA9, 0x6E, 0x20, 0x76, 0xDE, 0x2C, 0x54, 0xAA, 0x6E }, 1)] // TCVN3 "Mã đơn vị,Tên"
    [InlineData(new byte[] { 0xC3, 0x28 }, 1)] // broken 2-byte sequence
    [InlineData(new byte[] { 0x61, 0xE1, 0xBB }, 1)] // truncated 3-byte character at the end
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 1)] // an encoded surrogate, not valid UTF-8
    [InlineData(new byte[] { 0xC0, 0xAF }, 1)] // overlong encoding of '/'
    public void Legacy_vietnamese_encodings_and_broken_utf8_are_rejected_with_save_as_utf8_advice(byte[] bytes, int line)
    {
        var error = CsvTestFiles.Read<UnitRow>(bytes).SingleError();
        error.Line.Should().Be(line);
        error.MessageEn.Should().Contain("Save as CSV UTF-8");
        error.MessageVi.Should().Contain("Lưu lại tệp dưới dạng CSV UTF-8");
    }

    [Fact]
    public void Utf16_without_a_bom_is_rejected_because_of_its_nul_bytes()
    {
        var error = CsvTestFiles.Read<UnitRow>(Encoding.Unicode.GetBytes("code,name,kind\nA,B,tap_the\n")).SingleError();
        error.MessageEn.Should().Contain("NUL bytes").And.Contain("Save as CSV UTF-8");
    }

    [Fact]
    public void Utf32_is_rejected()
    {
        var bytes = new UTF32Encoding(false, true).GetPreamble().Concat(new UTF32Encoding(false, true).GetBytes("code,name,kind\n")).ToArray();
        CsvTestFiles.Read<UnitRow>(bytes).SingleError().MessageEn.Should().Contain("UTF-32");
    }

    [Fact]
    public void A_bad_byte_far_into_the_file_is_reported_at_its_line()
    {
        var text = new StringBuilder(Header);
        for (var i = 2; i <= 5000; i++) text.Append("CD,ĐơnVị").Append(i).Append(",CT,2025-01,1,Ghi chú tiếng Việt\n");
        var bytes = Encoding.UTF8.GetBytes(text.ToString()).Concat(new byte[] { 0x43, 0x44, 0x2C, 0xE0, 0x0A }).ToArray();
        var errors = CsvTestFiles.Read<MeasurementRow>(bytes).Errors;
        errors.Should().ContainSingle().Which.Should().Match<ImportError>(e => e.Line == 5001 && e.MessageEn.Contains("not valid UTF-8"));
    }

    [Fact]
    public void Multi_byte_characters_split_across_every_read_boundary_are_accepted()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 3000; i++) text.Append("CD,ĐV").Append(i).Append(",CT,2025-01,1,Ước tính ở mức độ 😀\n");
        using var trickle = new TrickleStream(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), chunk: 7);
        using var file = CsvImportReader.Read<MeasurementRow>(trickle, "m.csv");
        file.Count().Should().Be(3000);
        file.Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_50_MB_file_of_random_bytes_is_rejected_at_once_with_flat_memory()
    {
        var path = Path.Combine(Path.GetTempPath(), $"thidua-random-{Guid.NewGuid():N}.csv");
        try
        {
            var random = new Random(1258);
            var block = new byte[1024 * 1024];
            using (var output = File.Create(path))
                for (var i = 0; i < 50; i++)
                {
                    random.NextBytes(block);
                    output.Write(block);
                }
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            using var file = CsvImportReader.ReadFile(path, ImportKind.Measurements);
            var errors = file.Validate();
            clock.Stop();
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

            errors.Should().ContainSingle().Which.MessageEn.Should().Contain("Save as CSV UTF-8");
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
            allocated.Should().BeLessThan(2 * 1024 * 1024, "only the first chunk may be read");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rows_are_streamed_while_the_file_is_read_not_after_loading_it()
    {
        const int rowCount = 300_000;
        using var source = new GeneratedMeasurementsStream(rowCount);
        using var file = CsvImportReader.Read<MeasurementRow>(source, "big.csv");
        var seen = 0;
        foreach (var row in file)
        {
            seen++;
            if (seen % 50_000 == 1)
                (source.BytesServed - source.BytesOfRows(seen)).Should().BeLessThan(1024 * 1024, "the reader may only run a buffer ahead");
        }
        seen.Should().Be(rowCount);
        file.IsValid.Should().BeTrue();
        source.BytesServed.Should().BeGreaterThan(10 * 1024 * 1024);
    }

    [Fact]
    public void Errors_of_the_whole_file_are_collected_and_capped_with_a_summary()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 1500; i++) text.Append("CD,U,CT,2025-13,1,\n");
        using var file = CsvImportReader.Read<MeasurementRow>(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "m.csv");
        var errors = file.Validate();
        file.ErrorCount.Should().Be(1500);
        errors.Should().HaveCount(CsvImportReader.DefaultMaxErrors + 1);
        errors[0].Line.Should().Be(2);
        errors[^1].MessageEn.Should().Contain("and 500 more");
        errors[^1].MessageVi.Should().Contain("và 500 lỗi khác");
    }

    [Fact]
    public void A_file_is_enumerated_once()
    {
        using var file = CsvImportReader.Read<UnitRow>(new MemoryStream(CsvTestFiles.Utf8("code,name,kind\nA,B,tap_the\n")), "u.csv");
        file.Validate().Should().BeEmpty();
        file.Invoking(f => f.ToList()).Should().Throw<InvalidOperationException>();
    }

    /// <summary>A measurements.csv made up on the fly: nothing of it exists in memory or on disk at once.</summary>
    private sealed class GeneratedMeasurementsStream(int rowCount) : ThiDua.Import.Parsing.ReadOnlyForwardStream
    {
        private static readonly byte[] HeaderBytes = Encoding.UTF8.GetBytes(Header);
        private static readonly byte[] RowBytes = Encoding.UTF8.GetBytes("CD2025,SO_TTTT,CT01,2025-03,\"1.110.000,5\",Số liệu quý I\n");
        private long position;

        public long BytesServed => position;

        public long BytesOfRows(int rows) => HeaderBytes.Length + (long)rows * RowBytes.Length;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var total = BytesOfRows(rowCount);
            var n = 0;
            while (n < count && position < total)
            {
                buffer[offset + n++] = position < HeaderBytes.Length
                    ? HeaderBytes[position]
                    : RowBytes[(position - HeaderBytes.Length) % RowBytes.Length];
                position++;
            }
            return n;
        }

    }

    [Fact]
    public void A_huge_number_cell_is_reported_with_its_value_cut_short_not_echoed_whole()
    {
        var digits = new string('9', 900 * 1024);

        var error = CsvTestFiles.Read(ImportKind.Measurements, Header + $"CD,U,CT,2025-01,{digits},\n").Errors.Should().ContainSingle().Subject;

        error.Column.Should().Be("value");
        error.Value.Should().Be(new string('9', CellEcho.MaxLength) + "…");
        (error.MessageVi.Length + error.MessageEn.Length).Should().BeLessThan(1000);
    }

    [Fact]
    public void A_line_over_1_MB_without_any_quote_is_called_too_long_not_an_unclosed_quote()
    {
        var errors = CsvTestFiles.Read(ImportKind.Measurements, Header + "CD,U,CT,2025-01,5,ok\n" + $"CD,U,CT,2025-02,{new string('9', 3 << 20)},\n").Errors;

        var error = errors.Should().ContainSingle().Subject;
        error.Line.Should().Be(3);
        error.MessageEn.Should().Contain("This line is longer than 1 MB").And.NotContain("quote");
        error.MessageVi.Should().Contain("dài quá 1 MB").And.NotContain("nháy");
    }

    [Fact]
    public void A_record_over_1_MB_that_opens_a_quote_still_points_at_the_unclosed_quote()
    {
        var errors = CsvTestFiles.Read(ImportKind.Measurements, Header + "CD,U,CT,2025-01,5,\"ghi chú\n" + string.Concat(Enumerable.Repeat("CD,U,CT,2025-02,6,\n", 200_000))).Errors;

        errors.Should().ContainSingle(e => e.Line == 2 && e.MessageEn.Contains("never closed") && e.MessageVi.Contains("dấu nháy kép"));
    }
}
