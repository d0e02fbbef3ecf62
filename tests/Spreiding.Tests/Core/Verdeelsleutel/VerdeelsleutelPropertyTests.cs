using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Spreiding.Core.Apportionment;
using Spreiding.Core.Arithmetic;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;
using Spreiding.Core.Raming;
using Spreiding.Core.Regels;
using Spreiding.Core.Verdeelsleutel;
using Spreiding.Data.Regels;

namespace Spreiding.Tests.Core.Verdeelsleutel;

/// <summary>Properties of the distribution key, on small made-up divisions (fixtures, not CBS data).</summary>
public class VerdeelsleutelPropertyTests
{
    private static readonly Cyclusregels Regels = RegelsLoader.Bundled(2024);

    /// <summary>A fixture division of n municipalities in two provinces, with made-up inhabitants and scores.</summary>
    private static (GemeentelijkeIndeling Indeling, Bevolking Bevolking, SesWoa Ses) Fixture(int[] inwoners, int[] sesDuizendsten)
    {
        var provincies = new[] { new Provincie(ProvincieCode.Parse("PV20"), "Een"), new Provincie(ProvincieCode.Parse("PV21"), "Twee") };
        var gemeenten = inwoners.Select((_, i) => new Gemeente(GemeenteCode.FromNumber(i + 1), $"Fixture {i + 1}", $"Fixture {i + 1}",
            provincies[i % 2].Code, new DateOnly(2000, 1, 1), null)).ToList();
        var bevolking = new Bevolking(Regels.PeildatumBevolking.Waarde, new Bron("fixture", "fixture"),
            gemeenten.Select((g, i) => (g.Code, inwoners[i])).ToDictionary(x => x.Code, x => x.Item2));
        var ses = new SesWoa("fixture", new Bron("fixture", "fixture"),
            gemeenten.Select((g, i) => (g.Code, sesDuizendsten[i % sesDuizendsten.Length] / 1000m)).ToDictionary(x => x.Code, x => x.Item2));
        return (new GemeentelijkeIndeling(gemeenten, provincies), bevolking, ses);
    }

    private static Capaciteitsraming Raming((GemeentelijkeIndeling Indeling, Bevolking Bevolking, SesWoa Ses) f, RamingOpties opties) =>
        RamingEngine.Bereken(new RamingInvoer(Regels, f.Indeling, f.Bevolking, f.Ses, opties with { Gelijkspel = new TieRule.Lot(1) }));

    private static Arbitrary<(int[] Inwoners, int[] Ses)> Invoer() =>
        Gen.Choose(2, 30).SelectMany(n =>
                Gen.Choose(100, 1_000_000).ArrayOf(n).SelectMany(inw =>
                    Gen.Choose(-500, 500).ArrayOf(n).Select(ses => (inw, ses))))
            .ToArbitrary();

    [Property(MaxTest = 100)]
    public Property The_statutory_weight_is_inhabitants_times_one_plus_k_times_the_score_exactly() =>
        Prop.ForAll(Invoer(), t =>
        {
            var f = Fixture(t.Inwoners, t.Ses);
            var r = Raming(f, new RamingOpties(Methode: ApportionmentMethod.LargestRemainder));
            return r.Gemeenten.All(g => g.Gewicht == g.Inwoners * (1 + Regels.Sleutel.Parameters["k"].Waarde * g.SesWoa!.Value)
                                        && g.Correctiefactor == 1 + g.SesWoa!.Value);
        });

    [Property(MaxTest = 100)]
    public Property The_quotas_share_out_exactly_the_total_and_provinces_are_sums() =>
        Prop.ForAll(Invoer(), t =>
        {
            var r = Raming(Fixture(t.Inwoners, t.Ses), new RamingOpties(Methode: ApportionmentMethod.SainteLague));
            var somQuota = r.Gemeenten.Select(g => g.Quotum).Aggregate((a, b) => a.Add(b));
            return somQuota.CompareTo(Fraction.FromInteger(r.Totaal)) == 0
                   && r.Gemeenten.Sum(g => g.Plaatsen) == r.Totaal
                   && r.Provincies.All(p => p.Plaatsen == r.Gemeenten.Where(g => g.Gemeente.Provincie == p.Provincie.Code).Sum(g => g.Plaatsen));
        });

    [Property(MaxTest = 100)]
    public Property Scaling_every_population_leaves_the_quotas_unchanged() =>
        Prop.ForAll(Invoer(), Gen.Choose(2, 9).ToArbitrary(), (t, c) =>
        {
            var a = Raming(Fixture(t.Inwoners, t.Ses), new RamingOpties(Methode: ApportionmentMethod.LargestRemainder));
            var b = Raming(Fixture(t.Inwoners.Select(x => x * c).ToArray(), t.Ses), new RamingOpties(Methode: ApportionmentMethod.LargestRemainder));
            return a.Gemeenten.Zip(b.Gemeenten).All(p => p.First.Quotum == p.Second.Quotum && p.First.Plaatsen == p.Second.Plaatsen);
        });

    [Property(MaxTest = 100)]
    public Property A_higher_score_never_lowers_a_municipalitys_quota_and_never_raises_anothers() =>
        Prop.ForAll(Invoer(), Gen.Choose(1, 300).ToArbitrary(), (t, extra) =>
        {
            var ses = t.Ses.ToArray();
            var voor = Raming(Fixture(t.Inwoners, ses), new RamingOpties(Methode: ApportionmentMethod.LargestRemainder));
            ses[0] = Math.Min(ses[0] + extra, 900);
            var na = Raming(Fixture(t.Inwoners, ses), new RamingOpties(Methode: ApportionmentMethod.LargestRemainder));
            return na.Gemeenten[0].Quotum >= voor.Gemeenten[0].Quotum
                   && na.Gemeenten.Skip(1).Zip(voor.Gemeenten.Skip(1)).All(p => p.First.Quotum <= p.Second.Quotum);
        });

    [Property(MaxTest = 100)]
    public Property The_population_only_key_is_the_statutory_key_with_every_score_zero() =>
        Prop.ForAll(Invoer(), t =>
        {
            var inwonersOnly = Raming(Fixture(t.Inwoners, t.Ses), new RamingOpties(Sleuteltype: "inwoners", Methode: ApportionmentMethod.LargestRemainder));
            var nul = Raming(Fixture(t.Inwoners, [0]), new RamingOpties(Methode: ApportionmentMethod.LargestRemainder));
            return inwonersOnly.Gemeenten.Zip(nul.Gemeenten).All(p => p.First.Quotum == p.Second.Quotum && p.First.Plaatsen == p.Second.Plaatsen)
                   && inwonersOnly.Gemeenten.All(g => g.Quotum == g.Inwonersquotum);
        });
}
