using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;

namespace Spreiding.Data.Import;

/// <summary>One data row of a <see cref="DelimitedFile"/>, with its 1-based physical line number.</summary>
public sealed record DelimitedRow(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>The field in 0-based column <paramref name="index"/>; empty when the row is shorter.</summary>
    public string this[int index] => index < Fields.Count ? Fields[index] : "";
}

/// <summary>
/// A tolerant reader for the CSV-like files users import (tokenising by CsvHelper):
/// <list type="bullet">
/// <item>UTF-8 with or without byte order mark (UTF-16 with a byte order mark too); other encodings are refused
/// with a message, so that names are never silently garbled;</item>
/// <item>delimiter semicolon, comma or tab, detected from the header line (the one that occurs most often
/// outside quotes; ties go to semicolon, then tab, then comma);</item>
/// <item>quoted or unquoted fields; spaces around and inside the quotes are trimmed (CBS pads values:
/// <c>"GM0363    "</c>, <c>"  -0.100"</c>);</item>
/// <item>CRLF, LF or CR line ends; blank lines (also lines of only delimiters) are ignored, trailing empty
/// fields (a delimiter at the end of each line, as Excel writes) are tolerated.</item>
/// </list>
/// The header is the first non-blank line. Line numbers are physical lines in the file, so they are what the
/// user sees in an editor. Structural problems (wrong number of fields, stray quotes, wrong encoding) do not
/// throw: they are collected in <see cref="Issues"/> and the row is left out of <see cref="Rows"/>, so that an
/// importer can report them together with its own findings. Only an unreadable file throws.
/// </summary>
public sealed partial class DelimitedFile
{
    public string FileName { get; }

    /// <summary>The delimiter detected from the header line.</summary>
    public char Delimiter { get; }

    /// <summary>The physical line of the header (1 unless the file starts with blank lines); 0 if there is none.</summary>
    public int HeaderLine { get; }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The non-blank data rows that have as many fields as the header.</summary>
    public IReadOnlyList<DelimitedRow> Rows { get; }

    /// <summary>Problems found while reading; when not empty, an importer must refuse the file.</summary>
    public IReadOnlyList<ImportIssue> Issues { get; }

    /// <summary>
    /// Whether the file writes decimals with a comma: only possible when the delimiter is a semicolon or tab,
    /// and true when some cell is a number with a decimal comma (<c>12,5</c>) and no cell is a number with a
    /// decimal point (<c>12.5</c>; a thousands grouping such as <c>918.117</c> does not count as one). Only
    /// then may an integer column use points as thousands separators.
    /// </summary>
    public bool UsesDecimalComma { get; }

    private DelimitedFile(string fileName, char delimiter, int headerLine, IReadOnlyList<string> header,
        IReadOnlyList<DelimitedRow> rows, IReadOnlyList<ImportIssue> issues)
    {
        FileName = fileName;
        Delimiter = delimiter;
        HeaderLine = headerLine;
        Header = header;
        Rows = rows;
        Issues = issues;
        UsesDecimalComma = delimiter != ',' && DetectDecimalComma(rows);
    }

    /// <summary>The 0-based index of the first column whose trimmed header equals one of <paramref name="names"/> (case-insensitive), or -1.</summary>
    public int ColumnIndex(params string[] names)
    {
        for (var i = 0; i < Header.Count; i++)
            foreach (var name in names)
                if (string.Equals(Header[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>Reads a file from disk. Throws <see cref="ImportException"/> if it does not exist or cannot be read.</summary>
    public static DelimitedFile Read(string path)
    {
        var fileName = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw ImportException.Single(fileName, 0, $"het bestand bestaat niet ({path}). Controleer de naam en de map.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ImportException.Single(fileName, 0,
                $"het bestand kan niet worden gelezen ({e.Message}). Sluit het bestand als het nog in een ander programma (bijvoorbeeld Excel) open staat, en probeer het opnieuw.");
        }
        return FromBytes(bytes, fileName);
    }

    /// <summary>Reads the whole stream (UTF-8 with or without BOM).</summary>
    public static DelimitedFile Read(Stream stream, string fileName)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return FromBytes(buffer.ToArray(), fileName);
    }

    /// <summary>Reads all text from <paramref name="reader"/>; its decoding is the caller's. A leading BOM character is ignored.</summary>
    public static DelimitedFile Read(TextReader reader, string fileName) => Parse(reader.ReadToEnd(), fileName);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static DelimitedFile FromBytes(byte[] bytes, string fileName)
    {
        string text;
        try
        {
            text = bytes switch
            {
                [0xEF, 0xBB, 0xBF, ..] => StrictUtf8.GetString(bytes, 3, bytes.Length - 3),
                [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2),
                [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2),
                _ => StrictUtf8.GetString(bytes),
            };
        }
        catch (DecoderFallbackException)
        {
            var line = 1 + bytes.AsSpan(0, FirstInvalidUtf8(bytes)).Count((byte)'\n');
            return Failed(fileName, new ImportIssue(fileName, line, null, null, null,
                "het bestand is niet in UTF-8 opgeslagen (er staan tekens in die geen UTF-8 zijn, bijvoorbeeld een ë of â uit Windows-1252). " +
                "Sla het bestand op als 'CSV UTF-8' (in Excel: Opslaan als > CSV UTF-8 (door komma's gescheiden)) en lees het opnieuw in."));
        }
        return Parse(text, fileName);
    }

    private static int FirstInvalidUtf8(byte[] bytes)
    {
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var chars = new char[4];
        for (var i = 0; i < bytes.Length; i++)
        {
            try { decoder.GetChars(bytes, i, 1, chars, 0, flush: false); }
            catch (DecoderFallbackException) { return i; }
        }
        return bytes.Length;
    }

    private static DelimitedFile Failed(string fileName, ImportIssue issue) =>
        new(fileName, ';', 0, [], [], [issue]);

    /// <summary>Tokenises <paramref name="text"/> (already decoded).</summary>
    public static DelimitedFile Parse(string text, string fileName)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];

        var (headerLine, headerText) = FirstNonBlankLine(text);
        if (headerLine == 0)
            return Failed(fileName, new ImportIssue(fileName, 0, null, null, null,
                "het bestand is leeg. Kies het juiste bestand, met een kopregel en een regel per gemeente."));

        var delimiter = DetectDelimiter(headerText);
        var issues = new List<ImportIssue>();
        var records = new List<(int Line, string[] Fields)>();
        var previousEnd = 0;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            Mode = CsvMode.RFC4180,
            TrimOptions = TrimOptions.Trim | TrimOptions.InsideQuotes,
            IgnoreBlankLines = false, // blank lines come back as one empty field, which keeps line counting exact
            BadDataFound = args => issues.Add(new ImportIssue(fileName, previousEnd + 1, null, null, args.Field.Trim(),
                $"de aanhalingstekens in '{Shorten(args.Field.Trim())}' kloppen niet. Zet een veld helemaal tussen aanhalingstekens (\"...\"), " +
                "en schrijf een aanhalingsteken binnen een veld dubbel (\"\")."))
        };
        using (var parser = new CsvParser(new StringReader(text), config))
        {
            while (parser.Read())
            {
                var line = previousEnd + 1;
                records.Add((line, parser.Record ?? []));
                previousEnd = parser.RawRow;
            }
        }

        string[]? header = null;
        headerLine = 0;
        var rows = new List<DelimitedRow>();
        foreach (var (line, fields) in records)
        {
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            if (header is null)
            {
                header = TrimTrailingEmpty(fields);
                headerLine = line;
                continue;
            }
            var row = fields;
            if (row.Length > header.Length && row.Skip(header.Length).All(string.IsNullOrWhiteSpace))
                row = row[..header.Length];
            if (row.Length != header.Length)
            {
                issues.Add(new ImportIssue(fileName, line, null, null, null,
                    $"deze regel heeft {Velden(row.Length)}, de kopregel heeft er {header.Length.ToString(CultureInfo.InvariantCulture)}. " +
                    $"Controleer het scheidingsteken ('{Naam(delimiter)}') en de aanhalingstekens op deze regel."));
                continue;
            }
            rows.Add(new DelimitedRow(line, row));
        }

        if (header is null)
            return Failed(fileName, new ImportIssue(fileName, 0, null, null, null,
                "het bestand is leeg. Kies het juiste bestand, met een kopregel en een regel per gemeente."));
        return new DelimitedFile(fileName, delimiter, headerLine, header, rows, issues);
    }

    private static string[] TrimTrailingEmpty(string[] fields)
    {
        var n = fields.Length;
        while (n > 1 && string.IsNullOrWhiteSpace(fields[n - 1])) n--;
        return fields[..n];
    }

    private static (int Line, string Text) FirstNonBlankLine(string text)
    {
        var line = 0;
        var start = 0;
        while (start <= text.Length)
        {
            line++;
            var end = text.IndexOfAny(['\r', '\n'], start);
            var current = end < 0 ? text[start..] : text[start..end];
            if (current.Trim().Trim(';', ',', '\t', ' ', '"').Length > 0) return (line, current);
            if (end < 0) break;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return (0, "");
    }

    /// <summary>The candidate (semicolon, tab, comma) that occurs most often outside quotes in the header line.</summary>
    internal static char DetectDelimiter(string headerLine)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted)
            {
                if (c == ';') semicolons++;
                else if (c == ',') commas++;
                else if (c == '\t') tabs++;
            }
        }
        if (semicolons >= tabs && semicolons >= commas && semicolons > 0) return ';';
        if (tabs >= commas && tabs > 0) return '\t';
        if (commas > 0) return ',';
        return ';';
    }

    private static bool DetectDecimalComma(IReadOnlyList<DelimitedRow> rows)
    {
        var comma = false;
        foreach (var row in rows)
            foreach (var cell in row.Fields)
            {
                if (DecimalPointNumber().IsMatch(cell) && !Numbers.IsThousandsGrouping(cell)) return false;
                if (DecimalCommaNumber().IsMatch(cell)) comma = true;
            }
        return comma;
    }

    internal static string Naam(char delimiter) => delimiter switch
    {
        ';' => "puntkomma",
        ',' => "komma",
        '\t' => "tab",
        _ => delimiter.ToString(),
    };

    private static string Velden(int n) => n == 1 ? "1 veld" : n.ToString(CultureInfo.InvariantCulture) + " velden";

    internal static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    [GeneratedRegex(@"^[-+]?\d+\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPointNumber();

    [GeneratedRegex(@"^[-+]?\d+,\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalCommaNumber();
}
