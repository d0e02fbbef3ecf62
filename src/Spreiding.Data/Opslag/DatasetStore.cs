using System.Data;
using System.Data.Common;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Spreiding.Core.Gegevens;
using Spreiding.Core.Indeling;

namespace Spreiding.Data.Opslag;

public enum DatasetSoort
{
    Bevolking,
    SesWoa,
}

/// <summary>A stored dataset's metadata, as listed by <c>spreiding data status</c>.</summary>
public sealed record DatasetInfo(
    long Id,
    DatasetSoort Soort,
    DateOnly? Peildatum,
    string? Periode,
    Bron Bron,
    string Bestand,
    string Formaat,
    string Sha256,
    DateTimeOffset GeimporteerdOp,
    int Rijen);

/// <summary>Imported CBS datasets in the database (SQLite or PostgreSQL). Writes are single transactions.</summary>
public sealed class DatasetStore(SpreidingDatabase database)
{
    public long SaveBevolking(Bevolking bevolking, string bestand, string formaat, string sha256, DateTimeOffset now) =>
        Save(DatasetSoort.Bevolking, bevolking.Peildatum, null, bevolking.Bron, bestand, formaat, sha256, now,
            bevolking.Inwoners.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(CultureInfo.InvariantCulture)));

    public long SaveSesWoa(SesWoa ses, string bestand, string formaat, string sha256, DateTimeOffset now) =>
        Save(DatasetSoort.SesWoa, null, ses.Periode, ses.Bron, bestand, formaat, sha256, now,
            ses.Scores.ToDictionary(kv => kv.Key, kv => kv.Value.ToString(CultureInfo.InvariantCulture)));

    public IReadOnlyList<DatasetInfo> List()
    {
        using var connection = database.Connect();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT id, soort, peildatum, periode, bron, attributie, url, bestand, formaat, sha256, geimporteerd_op, rijen FROM dataset ORDER BY id;";
        using var reader = query.ExecuteReader();
        var list = new List<DatasetInfo>();
        while (reader.Read())
            list.Add(new DatasetInfo(
                reader.GetInt64(0),
                reader.GetString(1) == "bevolking" ? DatasetSoort.Bevolking : DatasetSoort.SesWoa,
                reader.IsDBNull(2) ? null : DateOnly.ParseExact(reader.GetString(2), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                new Bron(reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6)),
                reader.GetString(7),
                reader.GetString(8),
                reader.GetString(9),
                DateTimeOffset.Parse(reader.GetString(10), CultureInfo.InvariantCulture),
                reader.GetInt32(11)));
        return list;
    }

    /// <summary>The most recently imported population on <paramref name="peildatum"/>, if any.</summary>
    public Bevolking? LatestBevolking(DateOnly peildatum)
    {
        var info = List().LastOrDefault(d => d.Soort == DatasetSoort.Bevolking && d.Peildatum == peildatum);
        return info is null
            ? null
            : new Bevolking(peildatum, info.Bron, Values(info.Id).ToDictionary(kv => kv.Key, kv => int.Parse(kv.Value, CultureInfo.InvariantCulture)));
    }

    /// <summary>The most recently imported SES-WOA table, if any.</summary>
    public SesWoa? LatestSesWoa()
    {
        var info = List().LastOrDefault(d => d.Soort == DatasetSoort.SesWoa);
        return info is null
            ? null
            : new SesWoa(info.Periode ?? "onbekend", info.Bron,
                Values(info.Id).ToDictionary(kv => kv.Key, kv => decimal.Parse(kv.Value, NumberStyles.Number, CultureInfo.InvariantCulture)));
    }

    private Dictionary<GemeenteCode, string> Values(long id)
    {
        using var connection = database.Connect();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT gemeentecode, waarde FROM dataset_waarde WHERE dataset_id = @id;";
        query.AddParameter("@id", DbType.Int64, id);
        using var reader = query.ExecuteReader();
        var values = new Dictionary<GemeenteCode, string>();
        while (reader.Read()) values[GemeenteCode.Parse(reader.GetString(0))] = reader.GetString(1);
        return values;
    }

    private long Save(DatasetSoort soort, DateOnly? peildatum, string? periode, Bron bron, string bestand, string formaat,
        string sha256, DateTimeOffset now, IReadOnlyDictionary<GemeenteCode, string> values)
    {
        using var connection = database.Connect();
        using var transaction = database.BeginWrite(connection);
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO dataset (soort, peildatum, periode, bron, attributie, url, bestand, formaat, sha256, geimporteerd_op, rijen)
            VALUES (@soort, @peildatum, @periode, @bron, @attributie, @url, @bestand, @formaat, @sha, @op, @rijen)
            RETURNING id;
            """;
        insert.AddParameter("@soort", DbType.String, soort == DatasetSoort.Bevolking ? "bevolking" : "ses-woa");
        insert.AddParameter("@peildatum", DbType.String, Sql.Datum(peildatum));
        insert.AddParameter("@periode", DbType.String, periode);
        insert.AddParameter("@bron", DbType.String, bron.Naam);
        insert.AddParameter("@attributie", DbType.String, bron.Attributie);
        insert.AddParameter("@url", DbType.String, bron.Url);
        insert.AddParameter("@bestand", DbType.String, bestand);
        insert.AddParameter("@formaat", DbType.String, formaat);
        insert.AddParameter("@sha", DbType.String, sha256);
        insert.AddParameter("@op", DbType.String, now.ToString("O", CultureInfo.InvariantCulture));
        insert.AddParameter("@rijen", DbType.Int32, values.Count);
        var id = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);

        var rows = values.OrderBy(kv => kv.Key).ToList();
        using var row = connection.CreateCommand();
        row.Transaction = transaction;
        if (database.Soort == OpslagSoort.PostgreSql)
        {
            // PostgreSQL: all rows in one statement, as two arrays.
            row.CommandText = "INSERT INTO dataset_waarde (dataset_id, gemeentecode, waarde) SELECT @id, c, w FROM unnest(@codes, @waarden) AS t(c, w);";
            row.AddParameter("@id", DbType.Int64, id);
            row.Parameters.Add(new NpgsqlParameter("@codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(kv => kv.Key.ToString()).ToArray() });
            row.Parameters.Add(new NpgsqlParameter("@waarden", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = rows.Select(kv => kv.Value).ToArray() });
            row.ExecuteNonQuery();
        }
        else
        {
            // SQLite: one prepared statement, reused for every row.
            row.CommandText = "INSERT INTO dataset_waarde (dataset_id, gemeentecode, waarde) VALUES (@id, @code, @waarde);";
            row.AddParameter("@id", DbType.Int64, id);
            var pCode = row.AddParameter("@code", DbType.String, "");
            var pWaarde = row.AddParameter("@waarde", DbType.String, "");
            row.Prepare();
            foreach (var (code, waarde) in rows)
            {
                pCode.Value = code.ToString();
                pWaarde.Value = waarde;
                row.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        return id;
    }
}
