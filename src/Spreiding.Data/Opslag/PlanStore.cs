using System.Collections.Immutable;
using System.Data;
using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Plan;

namespace Spreiding.Data.Opslag;

/// <summary>The dossier was changed by someone else since the version the writer named.</summary>
public sealed class VerouderdDossierException(ProvincieCode provincie, int cyclus, int verwacht, int actueel)
    : InvalidInputException(
        $"Het dossier van {provincie}, cyclus {cyclus}, is intussen gewijzigd (versie {actueel}), terwijl uw wijziging uitging van versie {verwacht}. " +
        "Er is niets opgeslagen; haal het plan opnieuw op en breng uw wijziging daarop aan.")
{
    public int Verwacht { get; } = verwacht;
    public int Actueel { get; } = actueel;
}

/// <summary>
/// The dossiers of the provincial plans: per cycle and province the handlings, append-only (table <c>plan_handeling</c>,
/// triggers refuse UPDATE and DELETE). A write names the version it was based on (the number of handlings); inside one
/// write transaction the store checks that version, appends the handling with the next number and writes the audit
/// line, so a stale writer changes nothing. The primary key (cycle, province, number) backs this up under concurrency.
/// </summary>
public sealed class PlanStore(SpreidingDatabase database)
{
    /// <summary>The handlings of one dossier in order; empty when none exists.</summary>
    public IReadOnlyList<Dossierregel> Lees(int cyclus, ProvincieCode provincie)
    {
        using var connection = database.Connect();
        return Lees(connection, null, cyclus, provincie.ToString());
    }

    /// <summary>All dossiers of a cycle, by province.</summary>
    public IReadOnlyDictionary<ProvincieCode, IReadOnlyList<Dossierregel>> LeesCyclus(int cyclus)
    {
        using var connection = database.Connect();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT provincie, volgnummer, soort, gegevens, door, op FROM plan_handeling WHERE cyclus = @c ORDER BY provincie, volgnummer;";
        query.AddParameter("@c", DbType.Int32, cyclus);
        using var reader = query.ExecuteReader();
        var uit = new Dictionary<ProvincieCode, List<Dossierregel>>();
        while (reader.Read())
        {
            var p = ProvincieCode.Parse(reader.GetString(0));
            if (!uit.TryGetValue(p, out var lijst)) uit[p] = lijst = [];
            lijst.Add(Regel(reader, 1));
        }
        return uit.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Dossierregel>)kv.Value);
    }

    /// <summary>
    /// Appends <paramref name="regels"/> (numbered <paramref name="verwachteVersie"/> + 1, + 2, ...) and their audit line,
    /// all or nothing.
    /// </summary>
    /// <exception cref="VerouderdDossierException">The dossier is no longer at <paramref name="verwachteVersie"/>; nothing written.</exception>
    public void VoegToe(int cyclus, ProvincieCode provincie, int verwachteVersie, IReadOnlyList<Dossierregel> regels, AuditRegel audit)
    {
        for (var i = 0; i < regels.Count; i++)
            if (regels[i].Volgnummer != verwachteVersie + 1 + i)
                throw new InvalidOperationException("The handlings' numbers must follow the expected version.");
        using var connection = database.Connect();
        using var transaction = database.BeginWrite(connection);
        var actueel = Versie(connection, transaction, cyclus, provincie.ToString());
        if (actueel != verwachteVersie) throw new VerouderdDossierException(provincie, cyclus, verwachteVersie, actueel);
        foreach (var regel in regels)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO plan_handeling (cyclus, provincie, volgnummer, soort, gegevens, door, op) VALUES (@c, @p, @n, @s, @g, @d, @o);";
            insert.AddParameter("@c", DbType.Int32, cyclus);
            insert.AddParameter("@p", DbType.String, provincie.ToString());
            insert.AddParameter("@n", DbType.Int32, regel.Volgnummer);
            insert.AddParameter("@s", DbType.String, regel.Handeling.Soort);
            insert.AddParameter("@g", DbType.String, Gegevens(regel.Handeling));
            insert.AddParameter("@d", DbType.String, regel.Door);
            insert.AddParameter("@o", DbType.String, Sql.Tijd(regel.Op));
            try
            {
                insert.ExecuteNonQuery();
            }
            catch (DbException e) when (IsDubbel(e))
            {
                // A concurrent writer took this number between our check and insert (PostgreSQL, READ COMMITTED).
                throw new VerouderdDossierException(provincie, cyclus, verwachteVersie, verwachteVersie + 1);
            }
        }
        GebruikerStore.SchrijfAudit(connection, transaction, audit);
        transaction.Commit();
    }

    /// <summary>The handling as JSON, as stored and as the audit log's details.</summary>
    public static string Gegevens(Planhandeling handeling) => handeling switch
    {
        Planhandeling.Aanmaak a => JsonSerializer.Serialize(new Json(Raming: a.Raming, Gemeenten: [.. a.Gemeenten.Select(g => new GemeenteJson(g.Code.ToString(), g.Naam, g.Indicatief))]), Opties),
        Planhandeling.Toezegging t => JsonSerializer.Serialize(new Json(Gemeente: t.Gemeente.ToString(), Locatie: t.LocatieId, Plaatsen: t.Plaatsen), Opties),
        Planhandeling.Uitruil u => JsonSerializer.Serialize(new Json(Van: u.Van.ToString(), Naar: u.Naar.ToString(), Plaatsen: u.Plaatsen, Reden: u.Reden), Opties),
        Planhandeling.Indiening i => JsonSerializer.Serialize(new Json(Datum: Sql.Datum(i.Datum), Toelichting: i.TeLaatToelichting), Opties),
        Planhandeling.Aanpassing a => JsonSerializer.Serialize(new Json(Gemeente: a.Gemeente.ToString(), Plaatsen: a.Plaatsen, Reden: a.Reden), Opties),
        Planhandeling.Vaststelling v => JsonSerializer.Serialize(new Json(Datum: Sql.Datum(v.Datum), Toelichting: v.VerschilToelichting), Opties),
        _ => throw new InvalidOperationException("Unknown handling."),
    };

    private sealed record GemeenteJson(string Code, string Naam, int Indicatief);

    private sealed record Json(
        string? Raming = null, GemeenteJson[]? Gemeenten = null, string? Gemeente = null, string? Locatie = null, int? Plaatsen = null,
        string? Van = null, string? Naar = null, string? Reden = null, string? Datum = null, string? Toelichting = null);

    private static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static Planhandeling Handeling(string soort, string gegevens)
    {
        var j = JsonSerializer.Deserialize<Json>(gegevens, Opties) ?? throw new InvalidInputException($"Lege gegevens voor handeling '{soort}'.");
        static DateOnly D(string? s) => DateOnly.ParseExact(s ?? "", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return soort switch
        {
            "aanmaak" => new Planhandeling.Aanmaak([.. (j.Gemeenten ?? []).Select(g => new PlanGemeenteInvoer(GemeenteCode.Parse(g.Code), g.Naam, g.Indicatief))], j.Raming ?? ""),
            "toezegging" => new Planhandeling.Toezegging(GemeenteCode.Parse(j.Gemeente!), j.Locatie!, j.Plaatsen!.Value),
            "uitruil" => new Planhandeling.Uitruil(GemeenteCode.Parse(j.Van!), GemeenteCode.Parse(j.Naar!), j.Plaatsen!.Value, j.Reden!),
            "indiening" => new Planhandeling.Indiening(D(j.Datum), j.Toelichting),
            "aanpassing" => new Planhandeling.Aanpassing(GemeenteCode.Parse(j.Gemeente!), j.Plaatsen!.Value, j.Reden!),
            "vaststelling" => new Planhandeling.Vaststelling(D(j.Datum), j.Toelichting),
            _ => throw new InvalidInputException($"Onbekende handeling '{soort}' in de opslag."),
        };
    }

    private static List<Dossierregel> Lees(DbConnection connection, DbTransaction? transaction, int cyclus, string provincie)
    {
        using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = "SELECT volgnummer, soort, gegevens, door, op FROM plan_handeling WHERE cyclus = @c AND provincie = @p ORDER BY volgnummer;";
        query.AddParameter("@c", DbType.Int32, cyclus);
        query.AddParameter("@p", DbType.String, provincie);
        using var reader = query.ExecuteReader();
        var lijst = new List<Dossierregel>();
        while (reader.Read()) lijst.Add(Regel(reader, 0));
        return lijst;
    }

    private static Dossierregel Regel(DbDataReader r, int i) =>
        new(r.GetInt32(i), Handeling(r.GetString(i + 1), r.GetString(i + 2)), r.GetString(i + 3), Sql.Tijd(r.GetString(i + 4)));

    private static int Versie(DbConnection connection, DbTransaction transaction, int cyclus, string provincie)
    {
        using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = "SELECT COALESCE(MAX(volgnummer), 0) FROM plan_handeling WHERE cyclus = @c AND provincie = @p;";
        query.AddParameter("@c", DbType.Int32, cyclus);
        query.AddParameter("@p", DbType.String, provincie);
        return Convert.ToInt32(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsDubbel(DbException e) =>
        e is Npgsql.PostgresException { SqlState: "23505" } || e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };
}
