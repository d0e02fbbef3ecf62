using System.Data;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Locaties;

namespace Spreiding.Data.Opslag;

/// <summary>
/// The register as a diff is computed against: the current locations, and the latest version of every
/// location ever recorded (removed ones too, with their removal version), which <see cref="LocatieStore.Pas"/>
/// expects to find unchanged.
/// </summary>
public sealed record RegisterStand(IReadOnlyList<Locatie> Locaties, IReadOnlyDictionary<string, int> Versies);

/// <summary>A location id the register has never held.</summary>
public sealed class OnbekendeLocatieException(string id)
    : InvalidInputException($"Locatie {id} staat niet in het register; er is niets opgeslagen.")
{
    public string Id { get; } = id;
}

/// <summary>
/// The register of reception locations, with full history, on SQLite or PostgreSQL.
/// <para>
/// Storage: every version of a location is a row of <c>locatie_versie</c> (key: id and version), written once and
/// never updated or deleted; a removal is a version with <c>verwijderd = 1</c> that repeats the last content.
/// Who changed what and when is therefore read from consecutive versions. The table <c>locatie</c> holds, per id,
/// the number of its latest version.
/// </para>
/// <para>
/// Concurrency: every write says which version it was based on (0 for a location that does not exist yet).
/// Inside the write transaction the row in <c>locatie</c> is moved on with a conditional statement,
/// <c>UPDATE locatie SET versie = n + 1 ... WHERE id = @id AND versie = n</c> (or, for a new id,
/// <c>INSERT ... ON CONFLICT (id) DO NOTHING</c>), and the number of rows it touched decides: 0 means someone
/// else wrote in between, and the whole write is rolled back and refused with
/// <see cref="VerouderdeVersieException"/>. There is no read-then-write window: on SQLite the transaction holds
/// the file's write lock from its start (<c>BEGIN IMMEDIATE</c>); on PostgreSQL a concurrent writer of the same
/// row waits for the row lock and then re-evaluates the condition against the committed row, so it finds the
/// new version and touches nothing. The primary key (id, version) of <c>locatie_versie</c> backs this up.
/// Operations run in id order, so concurrent multi-row writes take row locks in the same order.
/// </para>
/// </summary>
public sealed class LocatieStore(SpreidingDatabase database)
{
    /// <summary>Rows per round trip when writing to PostgreSQL.</summary>
    private const int BatchGrootte = 1000;

    /// <summary>
    /// Test seam: called inside the write transaction, before commit, with the number of operations written so far
    /// (after every operation on SQLite, after every batch on PostgreSQL).
    /// </summary>
    internal Action<int>? NaBewerkingen { get; set; }

    private const string Kolommen =
        "locatie_id, versie, verwijderd, naam, gemeentecode, plaatsen, amv_plaatsen, soort, fase, begindatum, einddatum, " +
        "bo_getekend, bo_datum, bo_einddatum, bron, opmerkingen, gewijzigd_op, gewijzigd_door";

    private const string NieuweWaarden =
        "@id, @versie, @verwijderd, @naam, @gemeentecode, @plaatsen, @amv_plaatsen, @soort, @fase, @begindatum, @einddatum, " +
        "@bo_getekend, @bo_datum, @bo_einddatum, @bron, @opmerkingen, @op, @door";

    /// <summary>The content columns of a removal version, copied from the version it removes (alias <c>v</c>).</summary>
    private const string KopieVanVorige =
        "@id, @versie, 1, v.naam, v.gemeentecode, v.plaatsen, v.amv_plaatsen, v.soort, v.fase, v.begindatum, v.einddatum, " +
        "v.bo_getekend, v.bo_datum, v.bo_einddatum, v.bron, v.opmerkingen, @op, @door";

    /// <summary>The parameters of the write statements; the first <see cref="AantalKopParameters"/> are all a removal uses.</summary>
    private static readonly (string Naam, DbType Type)[] AlleParameters =
    [
        ("@id", DbType.String), ("@versie", DbType.Int32), ("@verwacht", DbType.Int32), ("@verwijderd", DbType.Int32),
        ("@vereist", DbType.Int32), ("@op", DbType.String), ("@door", DbType.String),
        ("@naam", DbType.String), ("@gemeentecode", DbType.String), ("@plaatsen", DbType.Int32), ("@amv_plaatsen", DbType.Int32),
        ("@soort", DbType.String), ("@fase", DbType.String), ("@begindatum", DbType.String), ("@einddatum", DbType.String),
        ("@bo_getekend", DbType.Int32), ("@bo_datum", DbType.String), ("@bo_einddatum", DbType.String),
        ("@bron", DbType.String), ("@opmerkingen", DbType.String),
    ];

    private const int AantalKopParameters = 7;

    // ---------------------------------------------------------------- reading

    /// <summary>
    /// The register as it stood at <paramref name="op"/>: of each location the highest version recorded at or
    /// before that moment, unless that version is a removal; the current register when null. Ordered by id (ordinal).
    /// </summary>
    public IReadOnlyList<Locatie> Lijst(DateTimeOffset? op = null)
    {
        using var connection = database.Connect();
        using var query = connection.CreateCommand();
        if (op is { } moment)
        {
            query.CommandText = $"""
                SELECT {Kolommen} FROM (
                    SELECT v.*, ROW_NUMBER() OVER (PARTITION BY v.locatie_id ORDER BY v.versie DESC) AS rang
                    FROM locatie_versie v WHERE v.gewijzigd_op <= @moment
                ) x
                WHERE x.rang = 1 AND x.verwijderd = 0
                """;
            query.AddParameter("@moment", DbType.String, Sql.Tijd(moment));
        }
        else
        {
            query.CommandText = $"SELECT {Prefixed("v")} FROM locatie h JOIN locatie_versie v ON v.locatie_id = h.id AND v.versie = h.versie WHERE h.verwijderd = 0";
        }
        return Lees(query).Select(v => v.Locatie).OrderBy(l => l.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>When the register was last changed; null while it is empty.</summary>
    public DateTimeOffset? LaatsteWijziging()
    {
        using var connection = database.Connect();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT MAX(gewijzigd_op) FROM locatie_versie";
        return query.ExecuteScalar() is string tekst ? Sql.Tijd(tekst) : null;
    }

    /// <summary>The current register together with the version of every location, read in one statement.</summary>
    public RegisterStand Stand()
    {
        using var connection = database.Connect();
        return Stand(connection, null);
    }

    /// <summary>Every version of a location, oldest first; empty when the id is unknown.</summary>
    public IReadOnlyList<LocatieVersie> Historie(string id)
    {
        using var connection = database.Connect();
        using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {Kolommen} FROM locatie_versie WHERE locatie_id = @id ORDER BY versie";
        query.AddParameter("@id", DbType.String, id);
        return Lees(query);
    }

    /// <summary>The latest version of a location (a removal version when it was removed); null when the id is unknown.</summary>
    public LocatieVersie? Actueel(string id)
    {
        using var connection = database.Connect();
        return Actueel(connection, id);
    }

    // ---------------------------------------------------------------- writing

    /// <summary>
    /// Applies an import's diff in one transaction: an added location gets version 1 (or, when it was removed
    /// before, the version after its removal), a changed one a new version, a removed one a removal version.
    /// <paramref name="verwachteVersies"/> are the versions the diff was computed against (take them from the same
    /// <see cref="Stand"/> as the diff's locations); every changed and removed id must be in it, an added id only
    /// when it was removed before. If any location is no longer at that version, nothing is written and
    /// <see cref="VerouderdeVersieException"/> names the first such location (in id order).
    /// </summary>
    /// <exception cref="VerouderdeVersieException">someone else wrote one of the diff's locations in between.</exception>
    /// <exception cref="InvalidInputException">the diff names an id twice, or holds an invalid location.</exception>
    public void Pas(RegisterVerschil verschil, IReadOnlyDictionary<string, int> verwachteVersies, string door, DateTimeOffset op)
    {
        var bewerkingen = Bewerkingen(verschil, verwachteVersies);
        if (bewerkingen.Count == 0) return;
        Schrijf(bewerkingen, door, op, slotOpRegister: false, vooraf: null);
    }

    /// <summary>
    /// Compares the register with <paramref name="nieuw"/> (see <see cref="RegisterVerschil.Bepaal"/>) and applies
    /// the difference, both in one transaction that keeps other writers out (SQLite: the write lock from the start;
    /// PostgreSQL: <c>LOCK TABLE locatie IN EXCLUSIVE MODE</c>, readers are not blocked), so it cannot be stale.
    /// Returns the difference that was applied.
    /// </summary>
    public RegisterVerschil Importeer(IReadOnlyList<Locatie> nieuw, bool volledig, string door, DateTimeOffset op)
    {
        RegisterVerschil? toegepast = null;
        Schrijf([], door, op, slotOpRegister: true, vooraf: (connection, transaction) =>
        {
            var stand = Stand(connection, transaction);
            toegepast = RegisterVerschil.Bepaal(stand.Locaties, nieuw, volledig);
            return Bewerkingen(toegepast, stand.Versies);
        });
        return toegepast!;
    }

    /// <summary>
    /// Stores <paramref name="nieuw"/> as the next version of its location, provided the latest version is still
    /// <paramref name="verwachteVersie"/>; 0 adds a new location, and the version of a removal restores the location.
    /// Returns the version written.
    /// </summary>
    /// <exception cref="VerouderdeVersieException">the location is no longer at that version; nothing is written.</exception>
    public LocatieVersie Wijzig(Locatie nieuw, int verwachteVersie, string door, DateTimeOffset op)
    {
        Controleer(nieuw);
        ArgumentOutOfRangeException.ThrowIfNegative(verwachteVersie);
        Schrijf([new Bewerking(nieuw.Id, verwachteVersie, Toestand.Maakt, nieuw)], door, op, slotOpRegister: false, vooraf: null);
        return new LocatieVersie(nieuw, verwachteVersie + 1, op, door, false);
    }

    /// <summary>
    /// Removes a location (writes a removal version repeating its last content), provided its latest version is still
    /// <paramref name="verwachteVersie"/>. Returns the removal version.
    /// </summary>
    /// <exception cref="VerouderdeVersieException">the location is no longer at that version; nothing is written.</exception>
    public LocatieVersie Verwijder(string id, int verwachteVersie, string door, DateTimeOffset op)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(verwachteVersie);
        Schrijf([new Bewerking(id, verwachteVersie, Toestand.Aanwezig, null)], door, op, slotOpRegister: false, vooraf: null);
        // A stored version never changes, so reading it back after the commit is safe.
        return Historie(id).Single(v => v.Versie == verwachteVersie + 1);
    }

    /// <summary>What the latest version must be, besides its number, for an operation to apply.</summary>
    private enum Toestand
    {
        /// <summary>Any (a single edit may also restore a removed location).</summary>
        Maakt,
        /// <summary>Not removed (a change or removal in a diff, or a single removal).</summary>
        Aanwezig,
        /// <summary>Removed (a diff that adds an id the register held before).</summary>
        Verwijderd,
    }

    /// <param name="Inhoud">The new content; null for a removal.</param>
    private sealed record Bewerking(string Id, int Verwacht, Toestand Vereist, Locatie? Inhoud)
    {
        public int Nieuw => Verwacht + 1;
    }

    private static List<Bewerking> Bewerkingen(RegisterVerschil verschil, IReadOnlyDictionary<string, int> verwacht)
    {
        var lijst = new List<Bewerking>(verschil.Toegevoegd.Count + verschil.Gewijzigd.Count + verschil.Verwijderd.Count);
        foreach (var l in verschil.Toegevoegd)
        {
            Controleer(l);
            lijst.Add(verwacht.TryGetValue(l.Id, out var v) && v > 0
                ? new Bewerking(l.Id, v, Toestand.Verwijderd, l)
                : new Bewerking(l.Id, 0, Toestand.Maakt, l));
        }
        foreach (var w in verschil.Gewijzigd)
        {
            if (w.Oud.Id != w.Nieuw.Id)
                throw new InvalidInputException($"Een wijziging in het verschil verandert het id van locatie {w.Oud.Id} in {w.Nieuw.Id}.");
            Controleer(w.Nieuw);
            lijst.Add(new Bewerking(w.Nieuw.Id, Verwachte(verwacht, w.Nieuw.Id), Toestand.Aanwezig, w.Nieuw));
        }
        foreach (var l in verschil.Verwijderd)
            lijst.Add(new Bewerking(l.Id, Verwachte(verwacht, l.Id), Toestand.Aanwezig, null));

        lijst.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        for (var i = 1; i < lijst.Count; i++)
            if (lijst[i].Id == lijst[i - 1].Id)
                throw new InvalidInputException($"Het verschil noemt locatie {lijst[i].Id} meer dan eens; er is niets opgeslagen.");
        return lijst;
    }

    private static int Verwachte(IReadOnlyDictionary<string, int> verwacht, string id) =>
        verwacht.TryGetValue(id, out var v) && v > 0
            ? v
            : throw new ArgumentException($"De verwachte versie van locatie {id} ontbreekt; neem de versies uit dezelfde stand als het verschil.", nameof(verwacht));

    private static void Controleer(Locatie locatie)
    {
        var problemen = locatie.Problemen();
        if (problemen.Count > 0)
            throw new InvalidInputException($"Locatie {(string.IsNullOrWhiteSpace(locatie.Id) ? "(zonder id)" : locatie.Id)} is ongeldig: {string.Join("; ", problemen)}. Er is niets opgeslagen.");
    }

    /// <param name="vooraf">Computes the operations inside the transaction (after the register lock).</param>
    private void Schrijf(List<Bewerking> bewerkingen, string door, DateTimeOffset op, bool slotOpRegister,
        Func<DbConnection, DbTransaction, List<Bewerking>>? vooraf)
    {
        if (string.IsNullOrWhiteSpace(door)) throw new ArgumentException("Zeg wie de wijziging maakt.", nameof(door));
        using var connection = database.Connect();
        Bewerking? verouderd;
        using (var transaction = database.BeginWrite(connection))
        {
            if (slotOpRegister && database.Soort == OpslagSoort.PostgreSql)
            {
                using var slot = connection.CreateCommand();
                slot.Transaction = transaction;
                slot.CommandText = "LOCK TABLE locatie IN EXCLUSIVE MODE";
                slot.ExecuteNonQuery();
            }
            if (vooraf is not null) bewerkingen = vooraf(connection, transaction);
            if (bewerkingen.Count == 0) return;
            verouderd = database.Soort == OpslagSoort.Sqlite
                ? SchrijfSqlite(connection, transaction, bewerkingen, door, op)
                : SchrijfPostgres((NpgsqlConnection)connection, (NpgsqlTransaction)transaction, bewerkingen, door, op);
            if (verouderd is null)
            {
                transaction.Commit();
                return;
            }
            transaction.Rollback();
        }
        throw Weigering(connection, verouderd);
    }

    /// <summary>Why an operation touched no row, read after the rollback from what is committed.</summary>
    private static Exception Weigering(DbConnection connection, Bewerking b)
    {
        var actueel = Actueel(connection, b.Id);
        if (actueel is null)
            return new OnbekendeLocatieException(b.Id);
        if (actueel.Versie != b.Verwacht)
            return new VerouderdeVersieException(b.Id, b.Verwacht, actueel.Versie, actueel.GewijzigdDoor, actueel.GewijzigdOp);
        return actueel.Verwijderd
            ? new InvalidInputException($"Locatie {b.Id} is al verwijderd (versie {actueel.Versie}); er is niets opgeslagen.")
            : new InvalidInputException($"Locatie {b.Id} staat al in het register (versie {actueel.Versie}) en kan niet opnieuw worden toegevoegd; er is niets opgeslagen.");
    }

    /// <summary>SQLite: prepared statements reused for every operation; stops at the first stale one.</summary>
    private Bewerking? SchrijfSqlite(DbConnection connection, DbTransaction transaction, List<Bewerking> bewerkingen, string door, DateTimeOffset op)
    {
        using var nieuweKop = Command(connection, transaction, "INSERT INTO locatie (id, versie, verwijderd) VALUES (@id, @versie, @verwijderd) ON CONFLICT (id) DO NOTHING");
        using var kop = Command(connection, transaction, "UPDATE locatie SET versie = @versie, verwijderd = @verwijderd WHERE id = @id AND versie = @verwacht AND (@vereist < 0 OR verwijderd = @vereist)");
        using var versie = Command(connection, transaction, $"INSERT INTO locatie_versie ({Kolommen}) VALUES ({NieuweWaarden})");
        using var verwijdering = Command(connection, transaction, $"INSERT INTO locatie_versie ({Kolommen}) SELECT {KopieVanVorige} FROM locatie_versie v WHERE v.locatie_id = @id AND v.versie = @verwacht");
        // Every command gets every parameter, in the order of AlleParameters, so values are set by index;
        // Microsoft.Data.Sqlite binds by name and ignores the ones a statement does not use.
        foreach (var c in new[] { nieuweKop, kop, versie, verwijdering })
        {
            foreach (var (naam, type) in AlleParameters) c.AddParameter(naam, type, null);
            c.Prepare();
        }
        var waarden = new object[AlleParameters.Length];

        var tijd = Sql.Tijd(op);
        var geschreven = 0;
        foreach (var b in bewerkingen)
        {
            Waarden(b, door, tijd, waarden);
            var kopCommand = b.Verwacht == 0 ? nieuweKop : kop;
            Vul(kopCommand, waarden);
            if (kopCommand.ExecuteNonQuery() != 1) return b;
            var versieCommand = b.Inhoud is null ? verwijdering : versie;
            Vul(versieCommand, waarden);
            if (versieCommand.ExecuteNonQuery() != 1)
                throw new InvalidOperationException($"Locatie {b.Id}: versie {b.Nieuw} is niet geschreven.");
            NaBewerkingen?.Invoke(++geschreven);
        }
        return null;
    }

    /// <summary>
    /// PostgreSQL: one statement per operation, in batches of <see cref="BatchGrootte"/> per round trip. The
    /// statement moves the head row on in a CTE and inserts the version only when that touched a row, so its row
    /// count (1 or 0) tells whether the operation applied.
    /// </summary>
    private Bewerking? SchrijfPostgres(NpgsqlConnection connection, NpgsqlTransaction transaction, List<Bewerking> bewerkingen, string door, DateTimeOffset op)
    {
        var tijd = Sql.Tijd(op);
        var geschreven = 0;
        var waarden = new object[AlleParameters.Length];
        for (var start = 0; start < bewerkingen.Count; start += BatchGrootte)
        {
            var deel = bewerkingen.GetRange(start, Math.Min(BatchGrootte, bewerkingen.Count - start));
            using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var b in deel)
            {
                var command = new NpgsqlBatchCommand(b.Inhoud is null ? PgVerwijdering : b.Verwacht == 0 ? PgNieuw : PgVolgende);
                Waarden(b, door, tijd, waarden);
                var aantal = b.Inhoud is null ? AantalKopParameters : waarden.Length;
                for (var i = 0; i < aantal; i++)
                    command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = PgTypen[i], Value = waarden[i] });
                batch.BatchCommands.Add(command);
            }
            batch.ExecuteNonQuery();
            for (var i = 0; i < deel.Count; i++)
                if (batch.BatchCommands[i].RecordsAffected != 1)
                    return deel[i];
            geschreven += deel.Count;
            NaBewerkingen?.Invoke(geschreven);
        }
        return null;
    }

    private const string PgKopNieuw = "INSERT INTO locatie (id, versie, verwijderd) VALUES (@id, @versie, @verwijderd) ON CONFLICT (id) DO NOTHING RETURNING id";
    private const string PgKopVolgende = "UPDATE locatie SET versie = @versie, verwijderd = @verwijderd WHERE id = @id AND versie = @verwacht AND (@vereist < 0 OR verwijderd = @vereist) RETURNING id";

    // PostgreSQL statements with positional parameters ($1 = @id, ... in the order of AlleParameters): no client-side
    // rewriting, and the same text every time, so Npgsql prepares them on the server after a few uses.
    private static readonly string PgNieuw = Positioneel($"WITH kop AS ({PgKopNieuw}) INSERT INTO locatie_versie ({Kolommen}) SELECT {NieuweWaarden} FROM kop");
    private static readonly string PgVolgende = Positioneel($"WITH kop AS ({PgKopVolgende}) INSERT INTO locatie_versie ({Kolommen}) SELECT {NieuweWaarden} FROM kop");
    private static readonly string PgVerwijdering = Positioneel(
        $"WITH kop AS ({PgKopVolgende}) INSERT INTO locatie_versie ({Kolommen}) SELECT {KopieVanVorige} FROM kop JOIN locatie_versie v ON v.locatie_id = kop.id AND v.versie = @verwacht");

    private static readonly NpgsqlDbType[] PgTypen = AlleParameters.Select(p => p.Type == DbType.Int32 ? NpgsqlDbType.Integer : NpgsqlDbType.Text).ToArray();

    private static string Positioneel(string sql) =>
        System.Text.RegularExpressions.Regex.Replace(sql, @"@\w+", m =>
        {
            var i = Array.FindIndex(AlleParameters, p => p.Naam == m.Value);
            return i >= 0 ? "$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : throw new InvalidOperationException(m.Value);
        });

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Vul(DbCommand command, object[] waarden)
    {
        for (var i = 0; i < waarden.Length; i++) command.Parameters[i].Value = waarden[i];
    }


    /// <summary>Fills <paramref name="w"/> in the order of <see cref="AlleParameters"/>.</summary>
    private static void Waarden(Bewerking b, string door, string tijd, object[] w)
    {
        w[0] = b.Id;
        w[1] = b.Nieuw;
        w[2] = b.Verwacht;
        w[3] = b.Inhoud is null ? 1 : 0;
        w[4] = b.Vereist switch { Toestand.Aanwezig => 0, Toestand.Verwijderd => 1, _ => -1 };
        w[5] = tijd;
        w[6] = door;
        if (b.Inhoud is not { } l)
        {
            for (var i = AantalKopParameters; i < w.Length; i++) w[i] = DBNull.Value;
            return;
        }
        w[7] = l.Naam;
        w[8] = l.Gemeente.ToString();
        w[9] = l.Plaatsen;
        w[10] = l.AmvPlaatsen;
        w[11] = l.Soort.Naam();
        w[12] = l.Fase.Naam();
        w[13] = (object?)Sql.Datum(l.Begindatum) ?? DBNull.Value;
        w[14] = (object?)Sql.Datum(l.Einddatum) ?? DBNull.Value;
        w[15] = l.Bestuursovereenkomst.Getekend ? 1 : 0;
        w[16] = (object?)Sql.Datum(l.Bestuursovereenkomst.Datum) ?? DBNull.Value;
        w[17] = (object?)Sql.Datum(l.Bestuursovereenkomst.Einddatum) ?? DBNull.Value;
        w[18] = (object?)l.Bron ?? DBNull.Value;
        w[19] = (object?)l.Opmerkingen ?? DBNull.Value;
    }

    // ---------------------------------------------------------------- reading helpers

    private static string Prefixed(string alias) => string.Join(", ", Kolommen.Split(", ").Select(k => $"{alias}.{k}"));

    private static RegisterStand Stand(DbConnection connection, DbTransaction? transaction)
    {
        using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = $"SELECT {Prefixed("v")} FROM locatie h JOIN locatie_versie v ON v.locatie_id = h.id AND v.versie = h.versie";
        var versies = Lees(query);
        return new RegisterStand(
            versies.Where(v => !v.Verwijderd).Select(v => v.Locatie).OrderBy(l => l.Id, StringComparer.Ordinal).ToList(),
            versies.ToDictionary(v => v.Locatie.Id, v => v.Versie, StringComparer.Ordinal));
    }

    private static LocatieVersie? Actueel(DbConnection connection, string id)
    {
        using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {Prefixed("v")} FROM locatie h JOIN locatie_versie v ON v.locatie_id = h.id AND v.versie = h.versie WHERE h.id = @id";
        query.AddParameter("@id", DbType.String, id);
        return Lees(query).SingleOrDefault();
    }

    private static List<LocatieVersie> Lees(DbCommand query)
    {
        using var reader = query.ExecuteReader();
        var lijst = new List<LocatieVersie>();
        while (reader.Read())
        {
            var locatie = new Locatie(
                reader.GetString(0),
                reader.GetString(3),
                GemeenteCode.Parse(reader.GetString(4)),
                reader.GetInt32(5),
                reader.GetInt32(6),
                LocatieNamen.Soorten[reader.GetString(7)],
                LocatieNamen.Fasen[reader.GetString(8)],
                Sql.Datum(reader, 9),
                Sql.Datum(reader, 10),
                new Bestuursovereenkomst(reader.GetInt32(11) != 0, Sql.Datum(reader, 12), Sql.Datum(reader, 13)),
                Sql.Tekst(reader, 14),
                Sql.Tekst(reader, 15));
            lijst.Add(new LocatieVersie(locatie, reader.GetInt32(1), Sql.Tijd(reader.GetString(16)), reader.GetString(17), reader.GetInt32(2) != 0));
        }
        return lijst;
    }
}
