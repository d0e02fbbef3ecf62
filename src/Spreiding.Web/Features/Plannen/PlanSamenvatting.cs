using Spreiding.Core.Indeling;
using Spreiding.Core.Plan;
using Spreiding.Web.Infrastructure;
using static Spreiding.Web.Infrastructure.Html;
using static Spreiding.Web.Infrastructure.Pagina;

namespace Spreiding.Web.Features.Plannen;

/// <summary>
/// The plan's part of the public province and municipality pages: its status always; its figures, the municipality's
/// task after swaps, the basis of its payment and its designation once the plan is submitted (then it is public).
/// </summary>
public static class PlanSamenvatting
{
    public static Markup VoorProvincie(PlanDienst plannen, int cyclus, ProvincieCode provincie)
    {
        var w = plannen.Lees(cyclus, provincie);
        var openbaar = PlanDienst.MagLezen(null, w);
        return H($"""
            <section aria-labelledby="kop-plan">
            <h2 class="utrecht-heading-2" id="kop-plan">Provinciaal plan</h2>
            <p class="utrecht-paragraph">Status: <strong>{PlanWeergaven.StatusTekst(w)}</strong>.
            {(openbaar
                ? H($"Toegezegd {Getal(w.Plan.Toegezegd)} van {Getal(w.Plan.ProvincialeTaak)} plaatsen; tekort {Getal(w.Plan.Tekort)}.")
                : H($"Een plan in voorbereiding is alleen zichtbaar voor de provincie, het ministerie en het COA; na de indiening is het openbaar."))}
            <a class="utrecht-link" href="/plannen/{provincie.ToString()}?cyclus={cyclus}">Naar het provinciaal plan</a>.</p>
            {(w.Dossier.Besluit is { } b ? H($"""<p class="utrecht-paragraph">{b.Samenvatting}</p>""") : Markup.Leeg)}
            </section>
            """);
    }

    public static Markup VoorGemeente(PlanDienst plannen, int cyclus, GemeenteCode gemeente, ProvincieCode provincie, string naam)
    {
        var w = plannen.Lees(cyclus, provincie);
        if (!PlanDienst.MagLezen(null, w) || !w.Plan.BevatGemeente(gemeente))
            return H($"""
                <h2 class="utrecht-heading-2">Taak in het provinciaal plan en uitkering</h2>
                <p class="utrecht-paragraph">Het provinciaal plan van cyclus {cyclus} is nog niet ingediend ({PlanWeergaven.StatusTekst(w).ToLowerInvariant()}). Na de indiening staan hier de taak van {naam} na uitruil, de toegezegde plaatsen en de grondslag van de uitkering.</p>
                """);
        var p = w.Plan.Positie(gemeente);
        var uitkering = PlanWeergaven.Uitkeringen(w.Plan, plannen.Regels(cyclus).Uitkering)[gemeente];
        var aanwijzing = (w.Dossier.Besluit?.Aanwijzingen ?? w.Dossier.Voorstel?.Aanwijzingen)?.FirstOrDefault(a => a.Code == gemeente);
        return H($"""
            <h2 class="utrecht-heading-2">Taak in het provinciaal plan en uitkering</h2>
            <dl class="spreiding-kerncijfers">
            <div><dt>Taak na uitruil</dt><dd>{Getal(p.Taak)}</dd></div>
            <div><dt>Toegezegd</dt><dd>{Getal(p.Toegezegd)}</dd></div>
            <div><dt>Tekort</dt><dd>{Getal(p.Tekort)}</dd></div>
            <div><dt>Boven de taak</dt><dd>{Getal(p.Overschot)}</dd></div>
            </dl>
            <p class="utrecht-paragraph">Taak na uitruil: indicatief {Getal(p.Indicatief)} + ontvangen {Getal(p.Ontvangen)} − afgestaan {Getal(p.Afgestaan)} = {Getal(p.Taak)}.</p>
            <p class="utrecht-paragraph">Uitkering: grondslag {Getal(p.Toegezegd)} toegezegde plaatsen, waarvan {Getal(p.Overschot)} boven de taak na uitruil. {uitkering.Toelichting}</p>
            {(aanwijzing is not null
                ? H($"""<p class="utrecht-paragraph"><strong>{(w.Dossier.Besluit is not null ? "Verdeelbesluit" : "Voorstel voor het verdeelbesluit")}:</strong> {Getal(aanwijzing.Plaatsen)} plaatsen. {aanwijzing.Grondslag}</p>""")
                : Markup.Leeg)}
            """);
    }
}
