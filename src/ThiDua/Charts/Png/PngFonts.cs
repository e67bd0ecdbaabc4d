namespace ThiDua.Charts.Png;

/// <summary>
/// Noto Sans registered with ScottPlot from its files, once per process: the SkiaSharp natives ThiDua pins
/// (NativeAssets.Linux.NoDependencies) carry no fontconfig, so a family is found only when its file is given. Noto
/// Sans has every Vietnamese letter precomposed and draws the same shapes as the SVG charts (Debian: fonts-noto-core).
/// </summary>
internal static class PngFonts
{
    public const string Family = "Noto Sans";

    private static readonly string[] Folders =
        ["/usr/share/fonts/truetype/noto", "/usr/share/fonts/noto", "/usr/share/fonts/opentype/noto", "/usr/local/share/fonts"];

    private static readonly Lazy<bool> Registered = new(Register);

    /// <summary>Registers the family (first call only).</summary>
    /// <exception cref="InvalidOperationException">Noto Sans is not installed: say how to install it.</exception>
    public static void Ensure()
    {
        if (!Registered.Value)
            throw new InvalidOperationException(
                "Không tìm thấy phông Noto Sans để vẽ biểu đồ PNG: cài gói fonts-noto-core (scripts/install-prerequisites.sh) / " +
                "the Noto Sans font is needed to draw PNG charts: install fonts-noto-core (scripts/install-prerequisites.sh).");
    }

    private static bool Register()
    {
        var regular = Find("NotoSans-Regular.ttf");
        if (regular is null) return false;
        ScottPlot.Fonts.AddFontFile(Family, regular, bold: false, italic: false);
        ScottPlot.Fonts.AddFontFile(Family, Find("NotoSans-Bold.ttf") ?? regular, bold: true, italic: false);
        ScottPlot.Fonts.Default = Family;
        return true;
    }

    private static string? Find(string file) =>
        Folders.Select(f => Path.Combine(f, file)).FirstOrDefault(File.Exists);
}
