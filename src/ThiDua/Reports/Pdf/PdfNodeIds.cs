using System.Globalization;
using System.Text;

namespace ThiDua.Reports.Pdf;

/// <summary>
/// Numbers a printed PDF's structure-tree ids <c>(node00000051)</c> from 1 in their order. Chromium's tagged PDF names
/// each structure element after the page's DOM node id, a counter of the browser process: on a busy machine a report
/// regenerated for the same cut-off came out with the same tree under ids shifted by one (seen once in a full test run).
/// The renumbering keeps the ids' order, so the id tree's sorted names stay sorted, and their length (eight digits),
/// so the cross-reference offsets stay right; ids written any other way are left as printed.
/// </summary>
internal static class PdfNodeIds
{
    private static readonly byte[] Prefix = "(node"u8.ToArray();
    private const int Digits = 8;

    /// <returns>Whether an id was renumbered.</returns>
    public static bool Normalize(byte[] bytes)
    {
        var places = Find(bytes).Select(p => (At: p, Id: Read(bytes, p))).ToList();
        var rank = places.Select(p => p.Id).Distinct().Order().Select((id, i) => (id, i + 1)).ToDictionary();
        var changed = false;
        foreach (var (at, id) in places)
        {
            if (rank[id] == id) continue;
            Encoding.ASCII.GetBytes(rank[id].ToString("D8", CultureInfo.InvariantCulture)).CopyTo(bytes, at);
            changed = true;
        }
        return changed;
    }

    // Where each "(node" + eight digits + ")" has its digits.
    private static List<int> Find(byte[] bytes)
    {
        var places = new List<int>();
        var span = bytes.AsSpan();
        for (var from = 0; ;)
        {
            var at = span[from..].IndexOf(Prefix);
            if (at < 0) return places;
            var digits = from + at + Prefix.Length;
            if (IsId(bytes, digits)) places.Add(digits);
            from = digits;
        }
    }

    private static bool IsId(byte[] bytes, int start)
    {
        if (start + Digits >= bytes.Length || bytes[start + Digits] != (byte)')') return false;
        for (var i = 0; i < Digits; i++)
            if (bytes[start + i] is < (byte)'0' or > (byte)'9') return false;
        return true;
    }

    private static int Read(byte[] bytes, int start) =>
        int.Parse(bytes.AsSpan(start, Digits), NumberStyles.None, CultureInfo.InvariantCulture);
}
