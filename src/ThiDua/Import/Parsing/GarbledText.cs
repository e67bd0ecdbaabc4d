using System.Buffers;
using System.Text;

namespace ThiDua.Import.Parsing;

/// <summary>
/// Text garbled before it reached the file: a UTF-8 CSV opened as Windows-1252 or Latin-1 (Excel opens a CSV without a
/// BOM that way) and saved again as UTF-8, so "Sở Thông tin" became "Sá»Ÿ ThÃ´ng tin". The file itself is valid UTF-8,
/// so without this check such names replaced the stored ones. Vietnamese text never holds a Latin-1 letter from Â to ï
/// followed by a character from U+0080 to U+00BF (or their Windows-1252 forms), so the check has no false alarms there.
/// </summary>
internal static class GarbledText
{
    private static readonly Encoding Strict = new UTF8Encoding(false, throwOnInvalidBytes: true);

    // Windows-1252's characters for the bytes 0x80–0x9F (Latin-1 keeps them as C1 controls).
    private const string Cp1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    // Latin-1 letters and signs no Vietnamese text uses, which TCVN3 (ABC, .VnTime) and VNI (VNI-Times) text typed
    // with a legacy font is full of once it is saved as Unicode: "Phßng" (TCVN3), "Phoøng", "Sôû" (VNI) for "Phòng", "Sở".
    // Units of measure (µ ° ² ³ ±), quotes and fractions are left out: a Vietnamese note may hold those.
    private static readonly SearchValues<char> LegacyFontMarks = SearchValues.Create("¡¢£¤¥¦¨ª¬¯´¶·¸¹¾ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ");

    /// <summary>
    /// Whether <paramref name="value"/> reads as legacy-font or Windows-1258 text: no letter beyond Latin-1 (ă, đ, ơ, ư,
    /// ạ … ỹ), which real Vietnamese text nearly always has and such text never does, and one of their marks.
    /// </summary>
    public static bool LooksLikeLegacyFont(string value) =>
        !value.AsSpan().ContainsAnyInRange('\u0100', '\uFFFF') && (value.AsSpan().IndexOfAny(LegacyFontMarks) >= 0 || HasMarkAfterItsLetter(value));

    // Windows-1258 writes a tone as a mark after its letter; read as Latin-1 the marks are Ì Ò Þ (grave, hook, tilde):
    // "SõÒ" for "Sở". No Vietnamese word has a capital after a small letter. VNI writes a circumflex or breve as â or ê
    // after its vowel: "Noâng", "Vaên" for "Nông", "Văn"; no Vietnamese word has â or ê after a, e or o.
    private static bool HasMarkAfterItsLetter(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] is 'Ì' or 'Ò' or 'Þ' && char.IsLower(value[i - 1])) return true;
            if (value[i] is 'â' or 'ê' or 'Â' or 'Ê' && value[i - 1] is 'a' or 'e' or 'o' or 'A' or 'E' or 'O') return true;
        }
        return false;
    }

    /// <summary>The cell as an error shows it and the bilingual error, when <paramref name="value"/> is garbled text; else null.</summary>
    public static (string Shown, BilingualMessage Message)? Problem(string value)
    {
        if (Utf8ReadAsAnsi(value) is { } meant)
        {
            var (shown, probably) = (CodeAlphabet.Visible(CellEcho.Of(value)), CellEcho.Of(meant));
            return (shown, new(
                $"'{shown}' là chữ bị lỗi bảng mã: tệp UTF-8 đã được mở như bảng mã khác (Windows-1252) rồi lưu lại; có lẽ là '{probably}'. Lấy lại tệp gốc, hoặc mở tệp trong Excel bằng Dữ liệu → Từ Văn bản/CSV, chọn Nguồn gốc tệp 65001: Unicode (UTF-8), rồi lưu dạng CSV UTF-8.",
                $"'{shown}' is garbled text: a UTF-8 file was opened as another encoding (Windows-1252) and saved again; it probably reads '{probably}'. Take the original file, or open it in Excel with Data → From Text/CSV, File origin 65001: Unicode (UTF-8), then save as CSV UTF-8."));
        }
        if (!LooksLikeLegacyFont(value)) return null;
        var legacy = CodeAlphabet.Visible(CellEcho.Of(value));
        return (legacy, new(
            $"'{legacy}' trông như chữ Việt bị hỏng bảng mã: gõ bằng phông cũ (TCVN3/ABC như .VnTime, VNI như VNI-Times), hoặc tệp Windows-1258 bị mở như bảng mã khác. Chuyển mã sang Unicode (Unikey: Công cụ chuyển mã, từ TCVN3, VNI hoặc CP 1258 sang Unicode) rồi lưu dạng CSV UTF-8.",
            $"'{legacy}' looks like Vietnamese text in a broken encoding: typed with a legacy font (TCVN3/ABC such as .VnTime, VNI such as VNI-Times), or a Windows-1258 file opened as another encoding. Convert it to Unicode (Unikey's converter, from TCVN3, VNI or CP 1258 to Unicode), then save as CSV UTF-8."));
    }

    /// <summary>The text <paramref name="value"/> was before UTF-8 was read as Windows-1252; null when it was not.</summary>
    public static string? Utf8ReadAsAnsi(string value)
    {
        if (!value.AsSpan().ContainsAnyInRange('\u00C2', '\u00EF')) return null; // no UTF-8 lead byte shown as a letter
        foreach (var c in value) // nearly every Vietnamese name ends here, before anything is allocated: ơ, ư, ạ … ỹ
            if (c > '\u00FF' && !Cp1252High.Contains(c)) return null;
        var bytes = new byte[value.Length];
        var multiByte = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var b = c <= '\u00FF' ? c : Cp1252High.IndexOf(c) is var k and >= 0 ? 0x80 + k : -1;
            if (b < 0) return null; // a character outside Windows-1252: the text is what it says
            bytes[i] = (byte)b;
            multiByte |= b >= 0x80;
        }
        if (!multiByte) return null;
        try
        {
            return Strict.GetString(bytes).Normalize();
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
