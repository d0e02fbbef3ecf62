using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Spreiding.Core.Publicatie;

/// <summary>
/// The canonical serialization that publications are hashed over (see <c>docs/publicatie.md</c>): JSON without
/// whitespace, object keys sorted by ordinal (UTF-16 code unit) order, numbers only as integers in invariant
/// notation (decimals and fractions are strings, so no binary floating point is ever involved), strings with only
/// the escapes JSON requires (<c>\"</c>, <c>\\</c>, <c>\b \f \n \r \t</c>, other control characters as
/// <c>\u00xx</c> lower-case) and every other character as itself, the whole encoded as UTF-8 without BOM.
/// Values are: <c>null</c>, <see cref="bool"/>, integers, <see cref="string"/>, <see cref="IReadOnlyDictionary{TKey,TValue}"/>
/// of string to value, and <see cref="IEnumerable{T}"/> of values (arrays keep their order).
/// </summary>
public static class CanoniekeJson
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Schrijf(object? waarde)
    {
        var sb = new StringBuilder();
        Schrijf(sb, waarde);
        return sb.ToString();
    }

    public static byte[] Bytes(object? waarde) => Utf8.GetBytes(Schrijf(waarde));

    /// <summary>SHA-256 of <paramref name="bytes"/> as 64 lower-case hexadecimal digits.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>SHA-256 of the canonical serialization of <paramref name="waarde"/>.</summary>
    public static string Sha256(object? waarde) => Sha256(Bytes(waarde));

    /// <summary>Text with line ends normalised to LF (CRLF and lone CR become LF).</summary>
    public static string Lf(string tekst) => tekst.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static void Schrijf(StringBuilder sb, object? waarde)
    {
        switch (waarde)
        {
            case null:
                sb.Append("null");
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case string s:
                Tekst(sb, s);
                break;
            case int or long or short or byte or sbyte or uint or ushort or ulong or Int128:
                sb.Append(((IFormattable)waarde).ToString(null, CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> obj:
                sb.Append('{');
                var eerste = true;
                foreach (var key in obj.Keys.Order(StringComparer.Ordinal))
                {
                    if (!eerste) sb.Append(',');
                    eerste = false;
                    Tekst(sb, key);
                    sb.Append(':');
                    Schrijf(sb, obj[key]);
                }
                sb.Append('}');
                break;
            case System.Collections.IEnumerable lijst:
                sb.Append('[');
                var eerst = true;
                foreach (var item in lijst)
                {
                    if (!eerst) sb.Append(',');
                    eerst = false;
                    Schrijf(sb, item);
                }
                sb.Append(']');
                break;
            default:
                throw new ArgumentException($"Type {waarde.GetType().Name} heeft geen canonieke vorm; gebruik tekst voor decimale getallen.", nameof(waarde));
        }
    }

    private static void Tekst(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }
}
