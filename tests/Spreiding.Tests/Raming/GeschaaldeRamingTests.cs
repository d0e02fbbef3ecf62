using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Spreiding.Core;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;
using Spreiding.Core.Raming;
using Spreiding.Core.Regels;
using Spreiding.Data.Referentie;
using Spreiding.Data.Regels;
using Spreiding.Tests.Support;

namespace Spreiding.Tests.Raming;

/// <summary>
/// The raming with scaled integer weights (<see cref="RamingEngine.TryBerekenGeschaald"/>) against the raming
/// with decimal weights (<see cref="RamingEngine.BerekenAlgemeen"/>) on random made-up divisions (fixtures, not
/// CBS data): the same raming to the decimal scale and the fraction's terms, or the same refusal.
/// </summary>
public class GeschaaldeRamingTests
{
    private static readonly Cyclusregels Regels = RegelsLoader.Bundled(2024);

    private static readonly Provincie[] Provincies =
        [new(ProvincieCode.Parse("PV20"), "Een"), new(ProvincieCode.Parse("PV21"), "Twee"), new(ProvincieCode.Parse("PV22"), "Drie")];

    private static readonly string?[] Sleutels = [null, "ses-woa", "inwoners", "inwoners-ses-woa"];

    /// <summary>A random raming input: populations (ties, zeros and negatives now and then), scores at several
    /// scales (some missing, some negative zeros, some with many decimals), k, totals, method, key and tie rule.</summary>
    public sealed record Geval(int Seed, RamingInvoer Invoer)
    {
        public override string ToString()
        {
            var i = Invoer;
            var scores = i.SesWoa is null ? "-" : string.Join(" ", i.SesWoa.Scores.OrderBy(kv => kv.Key).Select(kv => kv.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return $"seed {Seed}: k {i.Regels.Sleutel.Parameters["k"].Waarde}, totaal {i.Opties.Totaal?.ToString() ?? "regels"}, " +
                   $"amv {i.Regels.AmvPlaatsen.Waarde?.ToString() ?? "-"}, methode {i.Opties.Methode}, sleutel {i.Opties.Sleuteltype ?? "regels"}, " +
                   $"gelijkspel {i.Opties.Gelijkspel}, inwoners [{string.Join(" ", i.Bevolking.Inwoners.OrderBy(kv => kv.Key).Select(kv => kv.Value))}], " +
                   $"scores [{scores}]";
        }
    }

    public static Geval Maak(int seed)
    {
        var r = new Random(seed);
        var n = r.Next(1, 41);
        var gemeenten = Enumerable.Range(1, n).Select(i => new Gemeente(GemeenteCode.FromNumber(i), $"Fixture {i}", $"Fixture {i}",
            Provincies[r.Next(Provincies.Length)].Code, new DateOnly(2000, 1, 1), null)).ToList();
        // Now and then: a few distinct populations (ties at the margin), zero or negative populations,
        // missing scores, scores with many decimals.
        var gelijk = r.Next(4) == 0;
        var randgevallen = r.Next(6) == 0;
        var ontbrekend = r.Next(6) == 0;
        var fijn = r.Next(8) == 0;
        var inwoners = gemeenten.ToDictionary(g => g.Code, _ => (randgevallen ? r.Next(20) : 2) switch
        {
            0 => 0,
            1 => -r.Next(1, 100),
            _ => gelijk ? 1000 * r.Next(1, 4) : r.Next(1, 2_000_000),
        });
        var scores = new Dictionary<GemeenteCode, decimal>();
        foreach (var g in gemeenten)
        {
            if (ontbrekend && r.Next(10) == 0) continue;
            scores[g.Code] = fijn && r.Next(5) == 0
                ? new decimal(r.Next(), r.Next(3), 0, r.Next(2) == 0, (byte)r.Next(10, 29))
                : r.Next(4) == 0
                    ? new decimal(r.Next(0, 10), 0, 0, r.Next(2) == 0, (byte)r.Next(1, 3)) // 0.0, -0.5, 0.50, ...
                    : new decimal(gelijk ? 100 * r.Next(0, 4) : r.Next(0, 1000), 0, 0, r.Next(2) == 0, (byte)r.Next(3, 6));
        }
        // k up to 1 mostly, so that most factors are positive; sometimes larger, sometimes negative.
        var k = r.Next(2) == 0 ? new decimal(r.Next(0, 11), 0, 0, r.Next(10) == 0, 1) : new decimal(r.Next(0, 130), 0, 0, r.Next(10) == 0, 2);
        var regels = Regels with
        {
            Sleutel = Regels.Sleutel with { Parameters = new Dictionary<string, Parameter<decimal>> { ["k"] = new(k, "test") } },
            AmvPlaatsen = new Parameter<int?>(r.Next(5) == 0 ? null : r.Next(0, 20_000), "test"),
        };
        var opties = new RamingOpties(
            Totaal: r.Next(2) == 0 ? null : r.Next(0, 200_001),
            Methode: Enum.GetValues<ApportionmentMethod>()[r.Next(5)],
            Sleuteltype: Sleutels[r.Next(Sleutels.Length)],
            Gelijkspel: r.Next(10) < 7 ? new TieRule.Lot((ulong)r.Next()) : null);
        var invoer = new RamingInvoer(regels, new GemeentelijkeIndeling(gemeenten, Provincies),
            new Bevolking(Regels.PeildatumBevolking.Waarde, new Bron("fixture", "fixture"), inwoners),
            r.Next(7) == 0 ? null : new SesWoa("fixture", new Bron("fixture", "fixture"), scores), opties);
        return new Geval(seed, invoer);
    }

    private static Arbitrary<Geval> Gevallen() => Gen.Choose(0, int.MaxValue).Select(Maak).ToArbitrary();

    [Property(MaxTest = 400)]
    public Property Scaled_integer_weights_give_the_raming_of_decimal_weights() =>
        Prop.ForAll(Gevallen(), g => Vergelijk(g.Invoer));

    [Fact]
    public void The_bundled_2024_raming_takes_the_integer_path_for_every_method_and_key_and_equals_the_decimal_one()
    {
        var indeling = IndelingLoader.Bundled();
        var gemeenten = indeling.OpDatum(Regels.IndelingOp.Waarde);
        var ses = new SesWoa("synthetisch", new Bron("synthetische testinvoer", "-"),
            gemeenten.ToDictionary(g => g.Code, g => (g.Code.Number * 37 % 801 - 400) / 1000m));
        foreach (var methode in Enum.GetValues<ApportionmentMethod>())
        foreach (var sleutel in new[] { "ses-woa", "inwoners" })
        {
            var invoer = new RamingInvoer(Regels, indeling, BundledData.Bevolking2023(indeling), ses,
                new RamingOpties(Methode: methode, Sleuteltype: sleutel, Gelijkspel: new TieRule.Lot(2024)));
            var geschaald = RamingEngine.TryBerekenGeschaald(invoer);
            Assert.NotNull(geschaald);
            Identical.Raming(RamingEngine.BerekenAlgemeen(invoer), geschaald);
        }
    }

    [Fact]
    public void Most_random_cases_take_the_integer_path()
    {
        var genomen = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            try
            {
                if (RamingEngine.TryBerekenGeschaald(Maak(seed).Invoer) is not null) genomen++;
            }
            catch (InvalidInputException)
            {
                genomen++; // a tie refused on the integer path
            }
        }
        Assert.True(genomen > 100, $"only {genomen} of 200 cases took the integer path");
    }

    private static void Vergelijk(RamingInvoer invoer)
    {
        Capaciteitsraming? geschaald;
        try
        {
            geschaald = RamingEngine.TryBerekenGeschaald(invoer);
        }
        catch (InvalidInputException fout)
        {
            var algemeen = Assert.ThrowsAny<InvalidInputException>(() => RamingEngine.BerekenAlgemeen(invoer));
            Assert.Equal(algemeen.GetType(), fout.GetType());
            Assert.Equal(algemeen.Message, fout.Message);
            if (algemeen is TieException a && fout is TieException b)
            {
                Assert.Equal(a.Tied, b.Tied);
                Assert.Equal(a.Contested, b.Contested);
            }
            return;
        }
        if (geschaald is not null) Identical.Raming(RamingEngine.BerekenAlgemeen(invoer), geschaald);
    }
}
