using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Analytics.Output;

/// <summary>
/// Numbers in JSON as the CSV writes them, whatever scale the decimal happens to carry (<c>80.0</c>, <c>80.00</c> and
/// <c>80</c> are one score): <paramref name="decimals"/> ≥ 0 fixes the decimals (score 2, ratio 4), −1 means at most
/// <paramref name="trimmedDecimals"/> (4: actual, target), trailing zeros trimmed. Written from the stack: a month of a big
/// campaign holds hundreds of thousands of them.
/// </summary>
public abstract class DecimalJson(int decimals, int trimmedDecimals = 4) : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var rounded = Math.Round(value, decimals < 0 ? trimmedDecimals : decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0m) rounded = 0m; // no "-0.00"
        Span<byte> digits = stackalloc byte[64];
        Utf8Formatter.TryFormat(rounded, digits, out var length, decimals < 0 ? default : new StandardFormat('F', (byte)decimals));
        // Trimmed: "10.50" → "10.5", "5.000" → "5" (the digits as the decimal's scale left them).
        if (decimals < 0 && digits[..length].Contains((byte)'.'))
        {
            while (digits[length - 1] == (byte)'0') length--;
            if (digits[length - 1] == (byte)'.') length--;
        }
        writer.WriteRawValue(digits[..length], skipInputValidation: true);
    }
}
