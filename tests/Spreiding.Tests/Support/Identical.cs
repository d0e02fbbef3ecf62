using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using Spreiding.Core.Raming;

namespace Spreiding.Tests.Support;

/// <summary>
/// Asserts that two results are the same to the representation: decimals with the same mantissa and
/// scale (1.50 is not 1.5), fractions with the same numerator and denominator (2/4 is not 1/2).
/// </summary>
public static class Identical
{
    public static void Decimal(decimal expected, decimal actual, string what) =>
        Assert.True(decimal.GetBits(expected).SequenceEqual(decimal.GetBits(actual)),
            $"{what}: {expected} (scale {expected.Scale}) != {actual} (scale {actual.Scale})");

    public static void Decimal(decimal? expected, decimal? actual, string what)
    {
        Assert.True(expected.HasValue == actual.HasValue, $"{what}: {expected} != {actual}");
        if (expected is { } e) Decimal(e, actual!.Value, what);
    }

    public static void Fraction(Fraction expected, Fraction actual, string what)
    {
        Assert.True(expected.Numerator == actual.Numerator && expected.Denominator == actual.Denominator,
            $"{what}: {expected.Numerator}/{expected.Denominator} != {actual.Numerator}/{actual.Denominator}");
    }

    public static void Fraction(Fraction? expected, Fraction? actual, string what)
    {
        Assert.True(expected.HasValue == actual.HasValue, $"{what}: {expected} != {actual}");
        if (expected is { } e) Fraction(e, actual!.Value, what);
    }

    public static void Result(ApportionmentResult? expected, ApportionmentResult? actual, string what)
    {
        Assert.True((expected is null) == (actual is null), $"{what}: one result is missing");
        if (expected is null || actual is null) return;
        Assert.Equal(expected.Method, actual.Method);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Assigned, actual.Assigned);
        Fraction(expected.Divisor, actual.Divisor, $"{what} divisor");
        Assert.Equal(expected.Lots.Count, actual.Lots.Count);
        for (var i = 0; i < expected.Lots.Count; i++)
        {
            Assert.Equal(expected.Lots[i].Seed, actual.Lots[i].Seed);
            Assert.Equal(expected.Lots[i].Contested, actual.Lots[i].Contested);
            Assert.Equal(expected.Lots[i].Tied, actual.Lots[i].Tied);
            Assert.Equal(expected.Lots[i].Winners, actual.Lots[i].Winners);
        }
        Assert.Equal(expected.Allotments.Count, actual.Allotments.Count);
        for (var i = 0; i < expected.Allotments.Count; i++)
        {
            var (e, a) = (expected.Allotments[i], actual.Allotments[i]);
            Assert.Equal(e.Name, a.Name);
            Decimal(e.Weight, a.Weight, $"{what} weight of {e.Name}");
            Fraction(e.Quota, a.Quota, $"{what} quota of {e.Name}");
            Assert.Equal(e.Seats, a.Seats);
            Assert.Equal(e.Bounded, a.Bounded);
        }
    }

    public static void Raming(Capaciteitsraming expected, Capaciteitsraming actual)
    {
        Assert.Same(expected.Regels, actual.Regels);
        Assert.Equal(expected.Totaal, actual.Totaal);
        Assert.Equal(expected.AmvTotaal, actual.AmvTotaal);
        Assert.Equal(expected.SleutelType, actual.SleutelType);
        Assert.Equal(expected.SleutelOmschrijving, actual.SleutelOmschrijving);
        Assert.Equal(expected.Methode, actual.Methode);
        Assert.Same(expected.Bevolking, actual.Bevolking);
        Assert.Same(expected.SesWoa, actual.SesWoa);
        Assert.Equal(expected.SomInwoners, actual.SomInwoners);
        Decimal(expected.SomGewichten, actual.SomGewichten, "sum of weights");
        Assert.Equal(expected.Afwijkingen, actual.Afwijkingen);
        Result(expected.Verdeling, actual.Verdeling, "apportionment");
        Result(expected.AmvVerdeling, actual.AmvVerdeling, "amv apportionment");

        Assert.Equal(expected.Gemeenten.Count, actual.Gemeenten.Count);
        for (var i = 0; i < expected.Gemeenten.Count; i++)
        {
            var (e, a) = (expected.Gemeenten[i], actual.Gemeenten[i]);
            var code = e.Gemeente.Code.ToString();
            Assert.Same(e.Gemeente, a.Gemeente);
            Assert.Equal(e.ProvincieNaam, a.ProvincieNaam);
            Assert.Equal(e.Inwoners, a.Inwoners);
            Decimal(e.SesWoa, a.SesWoa, $"score of {code}");
            Fraction(e.Inwonersquotum, a.Inwonersquotum, $"population quota of {code}");
            Decimal(e.Correctiefactor, a.Correctiefactor, $"factor of {code}");
            Decimal(e.Gewicht, a.Gewicht, $"weight of {code}");
            Fraction(e.Quotum, a.Quotum, $"quota of {code}");
            Assert.Equal(e.Plaatsen, a.Plaatsen);
            Assert.Equal(e.Begrensd, a.Begrensd);
            Fraction(e.AmvQuotum, a.AmvQuotum, $"amv quota of {code}");
            Assert.Equal(e.Amv, a.Amv);
        }

        Assert.Equal(expected.Provincies.Count, actual.Provincies.Count);
        for (var i = 0; i < expected.Provincies.Count; i++)
        {
            var (e, a) = (expected.Provincies[i], actual.Provincies[i]);
            var code = e.Provincie.Code.ToString();
            Assert.Same(e.Provincie, a.Provincie);
            Assert.Equal(e.AantalGemeenten, a.AantalGemeenten);
            Assert.Equal(e.Inwoners, a.Inwoners);
            Decimal(e.Gewicht, a.Gewicht, $"weight of {code}");
            Fraction(e.Quotum, a.Quotum, $"quota of {code}");
            Assert.Equal(e.Plaatsen, a.Plaatsen);
            Assert.Equal(e.Amv, a.Amv);
        }
    }
}
