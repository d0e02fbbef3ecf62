using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Spreiding.Web.Infrastructure;

/// <summary>HTML that is already safe: built by <see cref="Html.H"/> from encoded parts, or trusted on purpose.</summary>
public readonly record struct Markup(string Waarde)
{
    public static readonly Markup Leeg = new("");

    /// <summary>Markup produced by trusted server code (the SVG maps); never user or file input.</summary>
    public static Markup Vertrouwd(string html) => new(html);

    public override string ToString() => Waarde ?? "";
}

/// <summary>
/// An interpolated-string handler that HTML-encodes every hole except <see cref="Markup"/>: writing
/// <c>Html.H($"&lt;td&gt;{naam}&lt;/td&gt;")</c> cannot inject markup, whatever <c>naam</c> holds.
/// </summary>
[InterpolatedStringHandler]
public ref struct HtmlHandler
{
    private readonly StringBuilder _sb;

    public HtmlHandler(int literalLength, int formattedCount) => _sb = new StringBuilder(literalLength + formattedCount * 16);

    public void AppendLiteral(string s) => _sb.Append(s);

    public void AppendFormatted(Markup m) => _sb.Append(m.Waarde);

    public void AppendFormatted(IEnumerable<Markup> delen)
    {
        foreach (var m in delen) _sb.Append(m.Waarde);
    }

    public void AppendFormatted(string? s) => _sb.Append(Html.Encode(s));

    public void AppendFormatted<T>(T value)
    {
        switch (value)
        {
            case Markup m: _sb.Append(m.Waarde); break;
            case IEnumerable<Markup> delen: AppendFormatted(delen); break;
            default: _sb.Append(Html.Encode(Convert.ToString(value, CultureInfo.InvariantCulture))); break;
        }
    }

    public void AppendFormatted<T>(T value, string? format) where T : IFormattable =>
        _sb.Append(Html.Encode(value.ToString(format, CultureInfo.InvariantCulture)));

    internal readonly Markup Build() => new(_sb.ToString());
}

public static class Html
{
    public static Markup H(ref HtmlHandler handler) => handler.Build();

    public static Markup Join(IEnumerable<Markup> delen) => new(string.Concat(delen.Select(d => d.Waarde)));

    /// <summary>Encodes the five characters that matter in text and attribute values; leaves other Unicode as is (UTF-8 page).</summary>
    public static string Encode(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var sb = new StringBuilder(s.Length + 8);
        foreach (var c in s)
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return sb.ToString();
    }
}
