namespace ThiDua.Exports.Xlsx;

/// <summary>
/// A day as Excel's 1900 date system counts it, both ways. Excel counts 1900 as a leap year (as Lotus 1-2-3 did):
/// serial 60 is a 29/02/1900 that never was, so its serials before it are one day later than .NET's OLE Automation
/// dates (which start on 30/12/1899), and the same after it.
/// </summary>
internal static class XlsxSerialDate
{
    private const double LeapDay = 60;

    /// <summary>The serial Excel shows <paramref name="date"/> as (its time of day as the fraction).</summary>
    public static double Of(DateTime date)
    {
        var days = date.ToOADate();
        return days < LeapDay + 1 ? days - 1 : days;
    }

    /// <summary>The day and time a serial counts to; false for Excel's 29/02/1900 (and anything OLE dates cannot hold).</summary>
    public static bool TryDate(double serial, out DateTime date)
    {
        date = default;
        if (serial is >= LeapDay and < LeapDay + 1) return false;
        date = DateTime.FromOADate(serial < LeapDay ? serial + 1 : serial);
        return true;
    }
}
