using System.Data;
using System.Data.Common;
using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Toegang;

namespace Spreiding.Data.Opslag;

/// <summary>
/// An account as stored. The password is only ever held as a hash (ASP.NET Core Identity's PBKDF2 format, made by the
/// caller); <see cref="Beveiligingsstempel"/> changes with every change of the account, which signs out its sessions.
/// </summary>
public sealed record Gebruiker(
    string Id,
    string Naam,
    string WachtwoordHash,
    string Beveiligingsstempel,
    Rol Rol,
    ProvincieCode? Provincie,
    GemeenteCode? Gemeente,
    bool WachtwoordWijzigen,
    int MisluktePogingen,
    DateTimeOffset? GeblokkeerdTot,
    DateTimeOffset AangemaaktOp,
    string AangemaaktDoor)
{
    /// <summary>How names are compared: trimmed, upper case invariant (as ASP.NET Core Identity's normaliser).</summary>
    public static string Normaliseer(string naam) => naam.Trim().ToUpperInvariant();
}

/// <summary>One line of the audit log: who did what to what, when, with the details as text (JSON for plan handlings).</summary>
public sealed record AuditRegel(long Id, DateTimeOffset Op, string Door, string Rol, string Actie, string Onderwerp, string Details);

/// <summary>Accounts and the audit log, on SQLite or PostgreSQL. Every change of an account writes an audit line in the same transaction.</summary>
public sealed class GebruikerStore(SpreidingDatabase database)
{
    private const string Kolommen =
        "id, naam, wachtwoord_hash, beveiligingsstempel, rol, provincie, gemeente, wachtwoord_wijzigen, mislukte_pogingen, geblokkeerd_tot, aangemaakt_op, aangemaakt_door";

    public int Aantal()
    {
        using var connection = database.Connect();
        return Tel(connection, null, "gebruiker");
    }

    /// <summary>Adds an account. Refused (nothing written) when the name is taken.</summary>
    /// <param name="eerste">Only when no account exists yet (the first administrator): refused otherwise, also under concurrency.</param>
    public void Maak(Gebruiker gebruiker, string door, string doorRol, bool eerste = false)
    {
        if (Account.Ongeldig(gebruiker.Rol, gebruiker.Provincie, gebruiker.Gemeente) is { } fout) throw new InvalidInputException(fout);
        if (gebruiker.Naam.Trim().Length == 0) throw new InvalidInputException("Geef een gebruikersnaam op.");
        using var connection = database.Connect();
        using var transaction = database.BeginWrite(connection);
        if (database.Soort == OpslagSoort.PostgreSql)
            SpreidingDatabase.Execute(connection, transaction, "LOCK TABLE gebruiker IN EXCLUSIVE MODE;");
        if (eerste && Tel(connection, transaction, "gebruiker") > 0)
            throw new InvalidInputException("Er bestaan al accounts; een eerste beheerder wordt alleen in een lege database aangemaakt.");
        if (ZoekOpNaam(connection, transaction, gebruiker.Naam) is not null)
            throw new InvalidInputException($"Er bestaat al een account met de naam '{gebruiker.Naam.Trim()}'. Kies een andere naam; er is niets gewijzigd.");
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO gebruiker ({Kolommen}, naam_genormaliseerd) VALUES (@id, @naam, @hash, @stempel, @rol, @provincie, @gemeente, @wijzigen, @pogingen, @blok, @op, @door, @norm);";
            Vul(insert, gebruiker with { Naam = gebruiker.Naam.Trim() });
            insert.AddParameter("@norm", DbType.String, Gebruiker.Normaliseer(gebruiker.Naam));
            insert.ExecuteNonQuery();
        }
        SchrijfAudit(connection, transaction, new AuditRegel(0, gebruiker.AangemaaktOp, door, doorRol, "account-aangemaakt", $"account {gebruiker.Naam.Trim()}",
            $"rol {Account.Code(gebruiker.Rol)}{(gebruiker.Provincie is { } p ? $", provincie {p}" : "")}{(gebruiker.Gemeente is { } g ? $", gemeente {g}" : "")}"));
        transaction.Commit();
    }

    /// <summary>Replaces the stored account (same id) and writes an audit line, unless <paramref name="actie"/> is null (lockout counters).</summary>
    public void Werk(Gebruiker gebruiker, string? actie, string door, string doorRol, DateTimeOffset op)
    {
        using var connection = database.Connect();
        using var transaction = database.BeginWrite(connection);
        using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE gebruiker SET wachtwoord_hash = @hash, beveiligingsstempel = @stempel, wachtwoord_wijzigen = @wijzigen, " +
                                 "mislukte_pogingen = @pogingen, geblokkeerd_tot = @blok WHERE id = @id;";
            Vul(update, gebruiker);
            if (update.ExecuteNonQuery() != 1) throw new InvalidInputException($"Account '{gebruiker.Naam}' bestaat niet meer; er is niets gewijzigd.");
        }
        if (actie is not null)
            SchrijfAudit(connection, transaction, new AuditRegel(0, op, door, doorRol, actie, $"account {gebruiker.Naam}", ""));
        transaction.Commit();
    }

    public Gebruiker? Zoek(string id)
    {
        using var connection = database.Connect();
        using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {Kolommen} FROM gebruiker WHERE id = @id;";
        query.AddParameter("@id", DbType.String, id);
        using var reader = query.ExecuteReader();
        return reader.Read() ? Lees(reader) : null;
    }

    public Gebruiker? ZoekOpNaam(string naam)
    {
        using var connection = database.Connect();
        return ZoekOpNaam(connection, null, naam);
    }

    /// <summary>All accounts by name.</summary>
    public IReadOnlyList<Gebruiker> Lijst()
    {
        using var connection = database.Connect();
        using var query = connection.CreateCommand();
        query.CommandText = $"SELECT {Kolommen} FROM gebruiker ORDER BY naam_genormaliseerd;";
        using var reader = query.ExecuteReader();
        var lijst = new List<Gebruiker>();
        while (reader.Read()) lijst.Add(Lees(reader));
        return lijst;
    }

    /// <summary>Writes one audit line on its own (a sign-in, a refused action).</summary>
    public void Audit(AuditRegel regel)
    {
        using var connection = database.Connect();
        using var transaction = database.BeginWrite(connection);
        SchrijfAudit(connection, transaction, regel);
        transaction.Commit();
    }

    /// <summary>The audit log, newest first.</summary>
    public IReadOnlyList<AuditRegel> AuditLog(int aantal, int overslaan = 0)
    {
        using var connection = database.Connect();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT id, op, door, rol, actie, onderwerp, details FROM audit ORDER BY id DESC LIMIT @n OFFSET @m;";
        query.AddParameter("@n", DbType.Int32, aantal);
        query.AddParameter("@m", DbType.Int32, overslaan);
        using var reader = query.ExecuteReader();
        var lijst = new List<AuditRegel>();
        while (reader.Read())
            lijst.Add(new AuditRegel(reader.GetInt64(0), Sql.Tijd(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6)));
        return lijst;
    }

    public int AuditAantal()
    {
        using var connection = database.Connect();
        return Tel(connection, null, "audit");
    }

    /// <summary>Inside a caller's write transaction, so the change and its audit line commit together.</summary>
    internal static void SchrijfAudit(DbConnection connection, DbTransaction transaction, AuditRegel regel)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO audit (op, door, rol, actie, onderwerp, details) VALUES (@op, @door, @rol, @actie, @onderwerp, @details);";
        insert.AddParameter("@op", DbType.String, Sql.Tijd(regel.Op));
        insert.AddParameter("@door", DbType.String, regel.Door);
        insert.AddParameter("@rol", DbType.String, regel.Rol);
        insert.AddParameter("@actie", DbType.String, regel.Actie);
        insert.AddParameter("@onderwerp", DbType.String, regel.Onderwerp);
        insert.AddParameter("@details", DbType.String, regel.Details);
        insert.ExecuteNonQuery();
    }

    private static Gebruiker? ZoekOpNaam(DbConnection connection, DbTransaction? transaction, string naam)
    {
        using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = $"SELECT {Kolommen} FROM gebruiker WHERE naam_genormaliseerd = @norm;";
        query.AddParameter("@norm", DbType.String, Gebruiker.Normaliseer(naam));
        using var reader = query.ExecuteReader();
        return reader.Read() ? Lees(reader) : null;
    }

    private static int Tel(DbConnection connection, DbTransaction? transaction, string tabel)
    {
        using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = $"SELECT COUNT(*) FROM {tabel};";
        return Convert.ToInt32(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Vul(DbCommand command, Gebruiker g)
    {
        command.AddParameter("@id", DbType.String, g.Id);
        command.AddParameter("@naam", DbType.String, g.Naam);
        command.AddParameter("@hash", DbType.String, g.WachtwoordHash);
        command.AddParameter("@stempel", DbType.String, g.Beveiligingsstempel);
        command.AddParameter("@rol", DbType.String, Account.Code(g.Rol));
        command.AddParameter("@provincie", DbType.String, g.Provincie?.ToString());
        command.AddParameter("@gemeente", DbType.String, g.Gemeente?.ToString());
        command.AddParameter("@wijzigen", DbType.Int32, g.WachtwoordWijzigen ? 1 : 0);
        command.AddParameter("@pogingen", DbType.Int32, g.MisluktePogingen);
        command.AddParameter("@blok", DbType.String, g.GeblokkeerdTot is { } t ? Sql.Tijd(t) : null);
        command.AddParameter("@op", DbType.String, Sql.Tijd(g.AangemaaktOp));
        command.AddParameter("@door", DbType.String, g.AangemaaktDoor);
    }

    private static Gebruiker Lees(DbDataReader r)
    {
        Account.TryParseRol(r.GetString(4), out var rol);
        return new Gebruiker(
            r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), rol,
            Sql.Tekst(r, 5) is { } p ? ProvincieCode.Parse(p) : null,
            Sql.Tekst(r, 6) is { } g ? GemeenteCode.Parse(g) : null,
            r.GetInt32(7) == 1, r.GetInt32(8),
            Sql.Tekst(r, 9) is { } t ? Sql.Tijd(t) : null,
            Sql.Tijd(r.GetString(10)), r.GetString(11));
    }
}
