using ThiDua.Import.Parsing;

namespace ThiDua.Import.Xlsx;

/// <summary>A read-only view of a zip part that fails once more than <paramref name="limit"/> bytes come out of it.</summary>
internal sealed class BoundedStream(Stream inner, long limit, string part) : ReadOnlyForwardStream
{
    private long _read;

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    private int Count(int n)
    {
        _read += n;
        if (_read > limit)
            throw new XlsxRejectedException(new BilingualMessage(
                $"Phần '{part}' của tệp giải nén ra quá {limit / 1024 / 1024} MB: tệp có thể là \"bom zip\" hoặc hỏng. Lưu lại bảng tính bằng Excel rồi nhập lại.",
                $"The part '{part}' unpacks to more than {limit / 1024 / 1024} MB: the file may be a zip bomb or damaged. Save the workbook again from Excel and re-import it."));
        return n;
    }

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
