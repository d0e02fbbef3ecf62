using System.Data;
using System.Data.Common;
using System.Globalization;
using Spreiding.Core;
using Spreiding.Core.Publicatie;
using Spreiding.Data.Opslag;

namespace Spreiding.Data.Publicatie;

/// <summary>A stored publication's metadata (outside the hash) and its hashed content.</summary>
/// <param name="Id"><c>CYCLUS-N</c>, sequential per cycle, e.g. <c>2024-1</c>.</param>
/// <param name="AangemaaktOp">When it was stored (UTC): the only use of the clock, not hashed.</param>
/// <param name="CodeVersie">The informational version of the program that made it, not hashed.</param>
/// <param name="Sha256">The hash as stored when the publication was made.</param>
public sealed record OpgeslagenPublicatie(
    string Id,
    int Cyclus,
    int Volgnummer,
    string Soort,
    DateTimeOffset AangemaaktOp,
    string CodeVersie,
    string Sha256,
    PublicatieInhoud Inhoud)
{
    public PublicatieInvoer Invoer => Inhoud.Invoer;
    public PublicatieUitvoer Uitvoer => Inhoud.Uitvoer;
}

/// <summary>
/// Publications in the database (SQLite or PostgreSQL). There is only <see cref="Bewaar"/>: no update and no delete,
/// and the schema's triggers refuse both. The next number per cycle is taken inside the write transaction.
/// </summary>
public sealed class PublicatieStore(SpreidingDatabase database)
{
    public OpgeslagenPublicatie Bewaar(PublicatieInhoud inhoud, string codeVersie, DateTimeOffset nu)
    {
        var invoer = inhoud.Invoer;
        var uitvoer = inhoud.Uitvoer;
        var sha = inhoud.Sha256();
        using var connection = database.Connect();
        using var transaction = database.BeginWrite(connection);
        if (database.Soort == OpslagSoort.PostgreSql)
            Execute(connection, transaction, "LOCK TABLE publicatie IN EXCLUSIVE MODE;");
        int volgnummer;
        using (var max = connection.CreateCommand())
        {
            max.Transaction = transaction;
            max.CommandText = "SELECT COALESCE(MAX(volgnummer), 0) FROM publicatie WHERE cyclus = @c;";
            max.AddParameter("@c", DbType.Int32, invoer.Cyclus);
            volgnummer = Convert.ToInt32(max.ExecuteScalar(), CultureInfo.InvariantCulture) + 1;
        }
        var id = $"{invoer.Cyclus.ToString(CultureInfo.InvariantCulture)}-{volgnummer.ToString(CultureInfo.InvariantCulture)}";
        var aangemaakt = nu.ToUniversalTime();
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO publicatie (id, cyclus, volgnummer, soort, aangemaakt_op, code_versie, regels_bestand, regels_sha256, invoer,
                    totaal, toegekend, verschil, amv_totaal, amv_toegekend, sleutel, sleutel_omschrijving, methode, methode_omschrijving,
                    deler, wettelijk, afwijkingen, lotingen, sha256)
                VALUES (@id, @cyclus, @volg, @soort, @op, @versie, @rb, @rs, @invoer, @totaal, @toegekend, @verschil, @amvt, @amvk,
                    @sleutel, @sleutelo, @methode, @methodeo, @deler, @wettelijk, @afw, @lot, @sha);
                """;
            insert.AddParameter("@id", DbType.String, id);
            insert.AddParameter("@cyclus", DbType.Int32, invoer.Cyclus);
            insert.AddParameter("@volg", DbType.Int32, volgnummer);
            insert.AddParameter("@soort", DbType.String, invoer.Soort);
            insert.AddParameter("@op", DbType.String, aangemaakt.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture));
            insert.AddParameter("@versie", DbType.String, codeVersie);
            insert.AddParameter("@rb", DbType.String, invoer.RegelsBestand);
            insert.AddParameter("@rs", DbType.String, invoer.RegelsSha256);
            insert.AddParameter("@invoer", DbType.String, invoer.CanoniekeTekst());
            insert.AddParameter("@totaal", DbType.Int32, uitvoer.Totaal);
            insert.AddParameter("@toegekend", DbType.Int32, uitvoer.Toegekend);
            insert.AddParameter("@verschil", DbType.Int32, uitvoer.Verschil);
            insert.AddParameter("@amvt", DbType.Int32, uitvoer.AmvTotaal);
            insert.AddParameter("@amvk", DbType.Int32, uitvoer.AmvToegekend);
            insert.AddParameter("@sleutel", DbType.String, uitvoer.Sleutel);
            insert.AddParameter("@sleutelo", DbType.String, uitvoer.SleutelOmschrijving);
            insert.AddParameter("@methode", DbType.String, uitvoer.Methode);
            insert.AddParameter("@methodeo", DbType.String, uitvoer.MethodeOmschrijving);
            insert.AddParameter("@deler", DbType.String, uitvoer.Deler);
            insert.AddParameter("@wettelijk", DbType.Int32, uitvoer.Wettelijk ? 1 : 0);
            insert.AddParameter("@afw", DbType.String, CanoniekeJson.Schrijf(uitvoer.Afwijkingen));
            insert.AddParameter("@lot", DbType.String, CanoniekeJson.Schrijf(uitvoer.Lotingen.Select(l => l.Canoniek()).ToList()));
            insert.AddParameter("@sha", DbType.String, sha);
            insert.ExecuteNonQuery();
        }
        using (var g = connection.CreateCommand())
        {
            g.Transaction = transaction;
            g.CommandText = """
                INSERT INTO publicatie_gemeente (publicatie_id, gemeentecode, gemeentenaam, provinciecode, provincie, inwoners, ses_woa,
                    correctiefactor, gewicht, inwonersquotum, quotum, plaatsen, begrensd, amv_quotum, amv)
                VALUES (@id, @code, @naam, @pc, @pn, @inw, @ses, @cf, @gew, @iq, @q, @pl, @bg, @aq, @amv);
                """;
            g.AddParameter("@id", DbType.String, id);
            var p = new[] { "@code", "@naam", "@pc", "@pn" }.Select(n => g.AddParameter(n, DbType.String, "")).ToArray();
            var inw = g.AddParameter("@inw", DbType.Int64, 0L);
            var ses = g.AddParameter("@ses", DbType.String, null);
            var t = new[] { "@cf", "@gew", "@iq", "@q" }.Select(n => g.AddParameter(n, DbType.String, "")).ToArray();
            var pl = g.AddParameter("@pl", DbType.Int32, 0);
            var bg = g.AddParameter("@bg", DbType.Int32, 0);
            var aq = g.AddParameter("@aq", DbType.String, null);
            var amv = g.AddParameter("@amv", DbType.Int32, null);
            g.Prepare();
            foreach (var r in uitvoer.Gemeenten)
            {
                p[0].Value = r.Gemeentecode; p[1].Value = r.Gemeentenaam; p[2].Value = r.Provinciecode; p[3].Value = r.Provincie;
                inw.Value = r.Inwoners;
                ses.Value = (object?)r.SesWoa ?? DBNull.Value;
                t[0].Value = r.Correctiefactor; t[1].Value = r.Gewicht; t[2].Value = r.Inwonersquotum; t[3].Value = r.Quotum;
                pl.Value = r.Plaatsen;
                bg.Value = r.Begrensd ? 1 : 0;
                aq.Value = (object?)r.AmvQuotum ?? DBNull.Value;
                amv.Value = (object?)r.Amv ?? DBNull.Value;
                g.ExecuteNonQuery();
            }
        }
        using (var pr = connection.CreateCommand())
        {
            pr.Transaction = transaction;
            pr.CommandText = """
                INSERT INTO publicatie_provincie (publicatie_id, provinciecode, provincie, gemeenten, inwoners, gewicht, quotum, plaatsen, amv)
                VALUES (@id, @code, @naam, @n, @inw, @gew, @q, @pl, @amv);
                """;
            pr.AddParameter("@id", DbType.String, id);
            var code = pr.AddParameter("@code", DbType.String, "");
            var naam = pr.AddParameter("@naam", DbType.String, "");
            var n = pr.AddParameter("@n", DbType.Int32, 0);
            var inw = pr.AddParameter("@inw", DbType.Int64, 0L);
            var gew = pr.AddParameter("@gew", DbType.String, "");
            var q = pr.AddParameter("@q", DbType.String, "");
            var pl = pr.AddParameter("@pl", DbType.Int32, 0);
            var amv = pr.AddParameter("@amv", DbType.Int32, null);
            pr.Prepare();
            foreach (var r in uitvoer.Provincies)
            {
                code.Value = r.Provinciecode; naam.Value = r.Provincie; n.Value = r.Gemeenten; inw.Value = r.Inwoners;
                gew.Value = r.Gewicht; q.Value = r.Quotum; pl.Value = r.Plaatsen; amv.Value = (object?)r.Amv ?? DBNull.Value;
                pr.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        return Lees(id) ?? throw new InvalidOperationException($"Publicatie {id} is niet teruggevonden na het opslaan.");
    }

    /// <summary>The ids of all publications, by cycle and number.</summary>
    public IReadOnlyList<string> Ids()
    {
        using var connection = database.Connect();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT id FROM publicatie ORDER BY cyclus, volgnummer;";
        using var reader = query.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    public IReadOnlyList<OpgeslagenPublicatie> Alle() => Ids().Select(id => Lees(id)!).ToList();

    public OpgeslagenPublicatie Vind(string id) =>
        Lees(id) ?? throw new InvalidInputException(
            $"Er is geen publicatie '{id}'. Bekend: {(Ids() is { Count: > 0 } ids ? string.Join(", ", ids) : "geen")}; zie 'spreiding publicatie lijst'.");

    /// <summary>The publication as stored, rows and all; null when there is none with <paramref name="id"/>.</summary>
    public OpgeslagenPublicatie? Lees(string id)
    {
        using var connection = database.Connect();
        using var kop = connection.CreateCommand();
        kop.CommandText = """
            SELECT cyclus, volgnummer, soort, aangemaakt_op, code_versie, invoer, totaal, toegekend, verschil, amv_totaal, amv_toegekend,
                sleutel, sleutel_omschrijving, methode, methode_omschrijving, deler, wettelijk, afwijkingen, lotingen, sha256
            FROM publicatie WHERE id = @id;
            """;
        kop.AddParameter("@id", DbType.String, id);
        int cyclus, volgnummer;
        string soort, versie, sha;
        DateTimeOffset op;
        PublicatieInvoer invoer;
        Func<IReadOnlyList<GemeenteUitkomst>, IReadOnlyList<ProvincieUitkomst>, PublicatieUitvoer> uitvoer;
        using (var r = kop.ExecuteReader())
        {
            if (!r.Read()) return null;
            cyclus = Int(r, 0);
            volgnummer = Int(r, 1);
            soort = r.GetString(2);
            op = DateTimeOffset.ParseExact(r.GetString(3), "yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            versie = r.GetString(4);
            invoer = PublicatieInvoer.Lees(r.GetString(5));
            var totaal = Int(r, 6);
            var toegekend = Int(r, 7);
            var verschil = Int(r, 8);
            int? amvT = r.IsDBNull(9) ? null : Int(r, 9);
            int? amvK = r.IsDBNull(10) ? null : Int(r, 10);
            var sleutel = r.GetString(11);
            var sleutelO = r.GetString(12);
            var methode = r.GetString(13);
            var methodeO = r.GetString(14);
            var deler = Sql.Tekst(r, 15);
            var wettelijk = Int(r, 16) == 1;
            var afwijkingen = ((IReadOnlyList<object?>)CanoniekeLezer.Lees(r.GetString(17))!).Cast<string>().ToList();
            var lotingen = ((IReadOnlyList<object?>)CanoniekeLezer.Lees(r.GetString(18))!).Cast<IReadOnlyDictionary<string, object?>>()
                .Select(l => new LotingUitkomst(
                    Convert.ToUInt64(l["zaad"], CultureInfo.InvariantCulture),
                    Convert.ToInt32(l["betwist"], CultureInfo.InvariantCulture),
                    ((IReadOnlyList<object?>)l["gelijk"]!).Cast<string>().ToList(),
                    ((IReadOnlyList<object?>)l["winnaars"]!).Cast<string>().ToList()))
                .ToList();
            sha = r.GetString(19);
            uitvoer = (g, p) => new PublicatieUitvoer(totaal, toegekend, verschil, amvT, amvK, sleutel, sleutelO, methode, methodeO, deler,
                wettelijk, afwijkingen, lotingen, g, p);
        }

        var gemeenten = new List<GemeenteUitkomst>();
        using (var q = connection.CreateCommand())
        {
            q.CommandText = """
                SELECT gemeentecode, gemeentenaam, provinciecode, provincie, inwoners, ses_woa, correctiefactor, gewicht, inwonersquotum,
                    quotum, plaatsen, begrensd, amv_quotum, amv
                FROM publicatie_gemeente WHERE publicatie_id = @id ORDER BY gemeentecode;
                """;
            q.AddParameter("@id", DbType.String, id);
            using var r = q.ExecuteReader();
            while (r.Read())
                gemeenten.Add(new GemeenteUitkomst(
                    r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Convert.ToInt64(r.GetValue(4), CultureInfo.InvariantCulture),
                    Sql.Tekst(r, 5), r.GetString(6), r.GetString(7), r.GetString(8), r.GetString(9), Int(r, 10), Int(r, 11) == 1,
                    Sql.Tekst(r, 12), r.IsDBNull(13) ? null : Int(r, 13)));
        }
        var provincies = new List<ProvincieUitkomst>();
        using (var q = connection.CreateCommand())
        {
            q.CommandText = """
                SELECT provinciecode, provincie, gemeenten, inwoners, gewicht, quotum, plaatsen, amv
                FROM publicatie_provincie WHERE publicatie_id = @id ORDER BY provinciecode;
                """;
            q.AddParameter("@id", DbType.String, id);
            using var r = q.ExecuteReader();
            while (r.Read())
                provincies.Add(new ProvincieUitkomst(
                    r.GetString(0), r.GetString(1), Int(r, 2), Convert.ToInt64(r.GetValue(3), CultureInfo.InvariantCulture),
                    r.GetString(4), r.GetString(5), Int(r, 6), r.IsDBNull(7) ? null : Int(r, 7)));
        }
        return new OpgeslagenPublicatie(id, cyclus, volgnummer, soort, op, versie, sha,
            new PublicatieInhoud(invoer, uitvoer(gemeenten, provincies)));
    }

    private static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    private static void Execute(DbConnection connection, DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
