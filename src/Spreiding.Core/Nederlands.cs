using System.Globalization;
using Spreiding.Core.Arithmetic;

namespace Spreiding.Core;

/// <summary>
/// Dutch number notation for texts meant for people (23.922 inwoners, 0,134%). Machine formats
/// (CSV, JSON) use the invariant culture instead. Built by hand because the app runs with
/// invariant globalization.
/// </summary>
public static class Nederlands
{
    public static readonly NumberFormatInfo Getallen = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
        NegativeSign = "-",
    };

    public static string Geheel(long value) => value.ToString("#,0", Getallen);

    public static string Decimaal(decimal value, int decimals) =>
        decimal.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string('0', decimals), Getallen);

    public static string Decimaal(Fraction value, int decimals) =>
        Decimaal(decimal.Parse(value.ToDecimalString(decimals), CultureInfo.InvariantCulture), decimals);

    public static string Procent(decimal fraction, int decimals) => Decimaal(fraction * 100, decimals) + "%";

    public static string Datum(DateOnly date) => $"{date.Day} {Maanden[date.Month - 1]} {date.Year}";

    private static readonly string[] Maanden =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
}
