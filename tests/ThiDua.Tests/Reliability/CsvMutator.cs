using System.Text;

namespace ThiDua.Tests.Reliability;

/// <summary>
/// Turns a valid CSV file into a malformed one, deterministically from a <see cref="Random"/>: byte flips, truncation,
/// inserted quotes, delimiters, BOMs, NULs and line breaks, random Unicode and invalid UTF-8, huge fields, extra and
/// missing columns, wrong types, duplicated or dropped lines, renamed headers. Returns the bytes and what was done.
/// </summary>
public static class CsvMutator
{
    private static readonly string[] WrongValues =
        ["abc", "1,2,3", "1.2.3", "--1", "1e999", "NaN", "∞", "2025-13", "2025-02-30", "99999999999999999999999999", "-0", " ", "\"\"", "=1+1", "١٢٣", "１２", "0x1F", "null", "true"];

    private static readonly string[] Separators = [";", ",", "\t", "|", "\r", "\n", "\r\n", "\"", "\"\"", "'"];

    public static (byte[] Bytes, string How) Mutate(byte[] valid, Random random, int mutations)
    {
        ArgumentNullException.ThrowIfNull(random);
        var bytes = valid.ToList();
        var how = new List<string>();
        for (var n = 0; n < mutations; n++) how.Add(MutateOnce(bytes, random));
        return (bytes.ToArray(), string.Join(", ", how));
    }

    private static string MutateOnce(List<byte> bytes, Random random)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count + 1);
        switch (random.Next(16))
        {
            case 0 when bytes.Count > 0:
                var i = random.Next(bytes.Count);
                bytes[i] ^= (byte)(1 << random.Next(8));
                return $"flip bit at {i}";
            case 1:
                var keep = random.Next(bytes.Count + 1);
                bytes.RemoveRange(keep, bytes.Count - keep);
                return $"truncate to {keep}";
            case 2:
                var separator = Separators[random.Next(Separators.Length)];
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(separator));
                return $"insert {Escape(separator)} at {at}";
            case 3:
                bytes.InsertRange(at, [0xEF, 0xBB, 0xBF]);
                return $"BOM at {at}";
            case 4:
                bytes.Insert(at, 0);
                return $"NUL at {at}";
            case 5:
                var text = RandomUnicode(random, random.Next(1, 12));
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(text));
                return $"unicode at {at}";
            case 6:
                byte[][] invalid = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF0, 0x28, 0x8C], [0x80], [0xC0, 0xAF], [0xFE, 0xFF], [0xFF, 0xFE]];
                bytes.InsertRange(at, invalid[random.Next(invalid.Length)]);
                return $"invalid UTF-8 at {at}";
            case 7:
                var length = random.Next(4) == 0 ? 300_000 : random.Next(1_000, 20_000);
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(new string((char)('a' + random.Next(26)), length)));
                return $"huge field ({length}) at {at}";
            default:
                return MutateCells(bytes, random);
        }
    }

    // Line- and cell-level changes, on the text as UTF-8 (lossy for bytes already broken: that is fine here).
    private static string MutateCells(List<byte> bytes, Random random)
    {
        var lines = Encoding.UTF8.GetString(bytes.ToArray()).Split('\n').ToList();
        var l = random.Next(lines.Count);
        var cells = lines[l].Split(';').ToList();
        string how;
        switch (random.Next(8))
        {
            case 0:
                cells.Insert(random.Next(cells.Count + 1), WrongValues[random.Next(WrongValues.Length)]);
                how = $"extra column on line {l + 1}";
                break;
            case 1 when cells.Count > 0:
                cells.RemoveAt(random.Next(cells.Count));
                how = $"missing column on line {l + 1}";
                break;
            case 2 when cells.Count > 0:
                cells[random.Next(cells.Count)] = WrongValues[random.Next(WrongValues.Length)];
                how = $"wrong value on line {l + 1}";
                break;
            case 3:
                lines.Insert(l, lines[l]);
                how = $"duplicate line {l + 1}";
                break;
            case 4 when lines.Count > 1:
                lines.RemoveAt(l);
                how = $"drop line {l + 1}";
                break;
            case 5 when cells.Count > 0:
                var c = random.Next(cells.Count);
                cells[c] = "\"" + cells[c] + (random.Next(2) == 0 ? "" : "\"x");
                how = $"quote cell on line {l + 1}";
                break;
            case 6:
                lines[l] = lines[l].Replace(';', random.Next(2) == 0 ? ',' : '\t');
                how = $"other delimiter on line {l + 1}";
                break;
            default:
                if (cells.Count > 0) cells[random.Next(cells.Count)] = RandomUnicode(random, random.Next(1, 30));
                how = $"unicode cell on line {l + 1}";
                break;
        }
        if (!how.StartsWith("duplicate", StringComparison.Ordinal) && !how.StartsWith("drop", StringComparison.Ordinal)
            && !how.StartsWith("other", StringComparison.Ordinal)) lines[l] = string.Join(';', cells);
        bytes.Clear();
        bytes.AddRange(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        return how;
    }

    private static string RandomUnicode(Random random, int length)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            int cp;
            do cp = random.Next(4) switch
            {
                0 => random.Next(0x00, 0x80),          // ASCII, controls included
                1 => random.Next(0x80, 0x800),         // Latin, Vietnamese, combining marks
                2 => random.Next(0x800, 0x10000),      // BMP: CJK, RTL, zero-width, private use
                _ => random.Next(0x10000, 0x110000),   // astral: emoji
            };
            while (cp is >= 0xD800 and <= 0xDFFF);
            sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    private static string Escape(string s) => s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
