using SkiaSharp;

namespace ThiDua.Tests.Charts.Png;

/// <summary>A PNG decoded for checks: size, how much is not white, how many pixels have a colour.</summary>
public sealed class PngImage : IDisposable
{
    private readonly SKBitmap bitmap;

    public PngImage(byte[] png)
    {
        png.AsSpan(0, 8).ToArray().Should().Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "a PNG starts with its signature");
        bitmap = SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a decodable PNG");
    }

    public int Width => bitmap.Width;

    public int Height => bitmap.Height;

    /// <summary>Pixels of exactly <paramref name="hex"/> (#rrggbb) in the band of rows [top, bottom).</summary>
    public int Count(string hex, int top = 0, int bottom = int.MaxValue)
    {
        var wanted = SKColor.Parse(hex);
        return Pixels(top, bottom).Count(p => p.Red == wanted.Red && p.Green == wanted.Green && p.Blue == wanted.Blue);
    }

    /// <summary>Pixels within <paramref name="tolerance"/> of <paramref name="hex"/> in each channel (anti-aliased edges).</summary>
    public int Near(string hex, int tolerance)
    {
        var wanted = SKColor.Parse(hex);
        return Pixels(0, int.MaxValue).Count(p => Math.Abs(p.Red - wanted.Red) <= tolerance && Math.Abs(p.Green - wanted.Green) <= tolerance
            && Math.Abs(p.Blue - wanted.Blue) <= tolerance);
    }

    /// <summary>Share of pixels that are not white (in the columns [left, right) when given).</summary>
    public double Ink(int top = 0, int bottom = int.MaxValue, int left = 0, int right = int.MaxValue)
    {
        var pixels = Pixels(top, bottom, left, right).ToList();
        return pixels.Count(p => p.Red < 250 || p.Green < 250 || p.Blue < 250) / (double)pixels.Count;
    }

    /// <summary>The band's pixels as one string of dark/light, to compare two renderings of text.</summary>
    public string Mask(int top, int bottom) => string.Concat(Pixels(top, bottom).Select(p => p.Red + p.Green + p.Blue < 384 ? '#' : '.'));

    private IEnumerable<SKColor> Pixels(int top, int bottom, int left = 0, int right = int.MaxValue)
    {
        for (var y = Math.Max(0, top); y < Math.Min(bottom, Height); y++)
            for (var x = Math.Max(0, left); x < Math.Min(right, Width); x++)
                yield return bitmap.GetPixel(x, y);
    }

    public void Dispose() => bitmap.Dispose();
}
