
namespace ThiDua.Tests.Import.Parsing;

/// <summary>Serves the inner stream a few bytes at a time, so characters straddle reads.</summary>
internal sealed class TrickleStream(Stream inner, int chunk) : ThiDua.Import.Parsing.ReadOnlyForwardStream
{
    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, chunk));
}
