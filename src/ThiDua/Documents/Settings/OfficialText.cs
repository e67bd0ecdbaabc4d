using System.Globalization;

namespace ThiDua.Documents.Settings;

/// <summary>
/// The words of the Nghị định 30/2020/NĐ-CP layout, shared by the Word documents and the HTML/PDF reports: the national
/// heading and motto, the number with its symbol, place and date, the default recipients, and the dotted blank that
/// stands for whatever the settings leave unset.
/// </summary>
public static class OfficialText
{
    /// <summary>A dotted blank to be filled in.</summary>
    public const string Blank = "……………………";

    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>
    /// The council's name where the settings leave it out. A name joined by a dash takes a hyphen between spaces, as the
    /// law and the motto write it; an en dash joins only the two ends of a range ("04/02/2021 – 23/05/2021").
    /// </summary>
    public const string Council = "Hội đồng Thi đua - Khen thưởng";

    /// <summary>The council the settings name, else <see cref="Council"/>.</summary>
    public static string CouncilOf(DossierSettings settings) =>
        settings?.Council is { Length: > 0 } c ? c : Council;

    /// <summary>"Số:        /BC-STTTT": the number is the clerk's register, left blank; kind "TTr", "BB" or "BC", or ""
    /// for a công văn, whose number carries no kind ("Số:        /STTTT").</summary>
    public static string Number(DossierSettings settings, string kind)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var symbol = settings.Symbol is { Length: > 0 } s ? s : "………";
        return kind.Length == 0 ? $"Số:        /{symbol}" : $"Số:        /{kind}-{symbol}";
    }

    /// <summary>"Bắc Kạn, ngày 05 tháng 01 năm 2023", "Bắc Kạn, ngày 15 tháng 6 năm 2021", or with blanks for what is not set.
    /// NĐ 30/2020 (Phụ lục I): a zero before a day below 10 and before months 1 and 2 only (against a later "1" or "2"
    /// turning them into 11, 12) — "tháng 06" is not how an office writes June.</summary>
    public static string PlaceAndDate(DossierSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var place = settings.Place is { Length: > 0 } p ? p : "…………";
        return settings.Date is { } d
            ? $"{place}, ngày {d.Day:00} tháng {(d.Month < 3 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year.ToString(CultureInfo.InvariantCulture)}"
            : $"{place}, ngày …… tháng …… năm ……";
    }

    /// <summary>The "Nơi nhận" lines, each starting "- ", blanks when unset.</summary>
    public static IReadOnlyList<string> Recipients(DossierSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var recipients = settings.Recipients is { Count: > 0 } r ? r : ["- " + Blank + ";", "- Lưu: VT, " + Blank + "."];
        return recipients.Select(x => x.StartsWith('-') ? x : "- " + x).ToList();
    }

    /// <summary>A body's or signer's title in capitals (Vietnamese casing), or the blank.</summary>
    public static string Upper(string? text) => text is { Length: > 0 } t ? t.ToUpper(CultureInfo.GetCultureInfo("vi-VN")) : Blank;
}
