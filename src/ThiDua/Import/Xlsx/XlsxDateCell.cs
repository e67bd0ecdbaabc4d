using System.Globalization;
using ThiDua.Exports.Xlsx;

namespace ThiDua.Import.Xlsx;

/// <summary>
/// A date as a workbook stores it, read one way by the import and by its marked copy: a typed <c>t="d"</c> cell's ISO
/// text, or a date-formatted number counted in the workbook's date system.
/// </summary>
internal static class XlsxDateCell
{
    /// <summary>A <c>t="d"</c> cell: the day and time as written — an offset in the value must not move it to the
    /// machine's zone (RoundtripKind did).</summary>
    public static bool TryParseIso(string value, out DateTime date)
    {
        var parsed = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso);
        date = iso.DateTime;
        return parsed;
    }

    /// <summary>A date-formatted number: the day it counts to; false outside 1900-01-01 … 2999-12-31 and for the
    /// 29 February 1900 Excel counts (serial 60), a day that never was (<see cref="XlsxSerialDate"/>).</summary>
    public static bool TryFromSerial(double serial, XlsxPackage package, out DateTime date)
    {
        ArgumentNullException.ThrowIfNull(package);
        date = default;
        if (package.Date1904) serial += 1462; // the same day's serial in the 1900 system (1904-01-01 is 0 there, 1462 here)
        return serial is >= 1 and <= 402_133 && XlsxSerialDate.TryDate(serial, out date);
    }
}
