using System.Globalization;
using Spreiding.Core.Apportionment;
using Spreiding.Data.Import;

namespace Spreiding.Data.Verdeling;

/// <summary>
/// A list of weights for <c>spreiding verdeel</c>: CSV <c>naam,gewicht</c> (optionally <c>minimum</c>,
/// <c>maximum</c>), read with the same tolerance as the CBS imports; input order is kept.
/// </summary>
public static class GewichtenBestand
{
    public static IReadOnlyList<Claimant> Read(string path) => Parse(DelimitedFile.Read(path));

    public static IReadOnlyList<Claimant> Parse(DelimitedFile file)
    {
        var issues = new List<ImportIssue>(file.Issues);
        var name = file.ColumnIndex("naam");
        var weight = file.ColumnIndex("gewicht");
        var minimum = file.ColumnIndex("minimum");
        var maximum = file.ColumnIndex("maximum");
        if (file.HeaderLine == 0 || name < 0 || weight < 0)
        {
            issues.Add(new ImportIssue(file.FileName, Math.Max(file.HeaderLine, 1), null, null, null,
                "De kopregel moet de kolommen 'naam' en 'gewicht' hebben (en eventueel 'minimum' en 'maximum')."));
            throw new ImportException(issues);
        }
        if (file.Rows.Count == 0 && issues.Count == 0)
            issues.Add(new ImportIssue(file.FileName, file.HeaderLine, null, null, null,
                "Het bestand bevat geen gewichten. Zet onder de kopregel één regel per naam."));

        var claimants = new List<Claimant>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var n = row[name];
            if (n.Length == 0)
                issues.Add(Issue(file, row, name, n, "de naam is leeg. Geef elke regel een naam."));
            else if (seen.TryGetValue(n, out var earlier))
                issues.Add(Issue(file, row, name, n, $"'{n}' staat ook op regel {earlier}. Elke naam mag één keer voorkomen."));
            else
                seen[n] = row.Line;

            char? mark = null;
            var outcome = Numbers.ParseDecimal(row[weight], file.Delimiter, ref mark, out var w);
            if (outcome != NumberOutcome.Ok || w < 0)
                issues.Add(Issue(file, row, weight, row[weight],
                    $"'{row[weight]}' is geen gewicht. Vul een getal van 0 of meer in, met een decimale punt{(file.Delimiter == ',' ? "" : " of komma")}."));

            claimants.Add(new Claimant(n, w, Bound(file, row, minimum, issues), Bound(file, row, maximum, issues)));
        }
        if (issues.Count > 0) throw new ImportException(issues);
        return claimants;
    }

    private static int? Bound(DelimitedFile file, DelimitedRow row, int column, List<ImportIssue> issues)
    {
        if (column < 0 || row[column].Length == 0) return null;
        if (Numbers.ParseInteger(row[column], false, out var value) == NumberOutcome.Ok) return value;
        issues.Add(Issue(file, row, column, row[column], $"'{row[column]}' is geen geheel getal van 0 of meer. Laat het vak leeg voor geen grens."));
        return null;
    }

    private static ImportIssue Issue(DelimitedFile file, DelimitedRow row, int column, string value, string message) =>
        new(file.FileName, row.Line, column + 1, file.Header[column], value, message);

    /// <summary>CSV <c>naam,gewicht,quotum,plaatsen</c> in input order.</summary>
    public static string ToCsv(ApportionmentResult result, int quotumDecimals)
    {
        var sb = new System.Text.StringBuilder("naam,gewicht,quotum,plaatsen\n");
        foreach (var a in result.Allotments)
        {
            var naam = a.Name.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + a.Name.Replace("\"", "\"\"") + "\"" : a.Name;
            sb.Append(naam).Append(',')
              .Append(a.Weight.ToString("0.############################", CultureInfo.InvariantCulture)).Append(',')
              .Append(a.Quota.ToDecimalString(quotumDecimals)).Append(',')
              .Append(a.Seats.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        return sb.ToString();
    }
}
