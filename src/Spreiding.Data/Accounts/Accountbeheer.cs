using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Spreiding.Core;
using Spreiding.Core.Indeling;
using Spreiding.Core.Toegang;
using Spreiding.Data.Opslag;

namespace Spreiding.Data.Accounts;

/// <summary>
/// Making accounts, the same for the CLI (<c>spreiding gebruiker maak</c>) and the web application: a one-time password
/// drawn from a cryptographic generator, stored only as an ASP.NET Core Identity hash, to be changed at the first sign-in.
/// There is no default password anywhere.
/// </summary>
public static class Accountbeheer
{
    /// <summary>The name of the administrator made on the first start of an empty database.</summary>
    public const string EersteBeheerderNaam = "beheerder";

    /// <summary>Letters and digits that cannot be mistaken for one another (no 0/O, 1/l/I).</summary>
    private const string Tekens = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Length of a one-time password: 20 characters of 56, about 116 bits.</summary>
    public const int EenmaligWachtwoordLengte = 20;

    private static readonly PasswordHasher<Gebruiker> Hasher = new();

    public static string EenmaligWachtwoord() => RandomNumberGenerator.GetString(Tekens, EenmaligWachtwoordLengte);

    public static string Hash(string wachtwoord) => Hasher.HashPassword(null!, wachtwoord);

    public static bool Controleer(Gebruiker gebruiker, string wachtwoord) =>
        Hasher.VerifyHashedPassword(gebruiker, gebruiker.WachtwoordHash, wachtwoord) != PasswordVerificationResult.Failed;

    /// <summary>
    /// Makes an account with a one-time password and returns it with the password (shown once, never stored as text).
    /// The province or municipality must exist in <paramref name="indeling"/>.
    /// </summary>
    public static (Gebruiker Gebruiker, string Wachtwoord) Maak(
        GebruikerStore store, GemeentelijkeIndeling indeling, string naam, Rol rol, ProvincieCode? provincie, GemeenteCode? gemeente,
        string door, string doorRol, DateTimeOffset op, bool eerste = false)
    {
        if (naam.Trim().Length is 0 or > 64 || naam.Trim().Any(char.IsControl))
            throw new InvalidInputException("Een gebruikersnaam heeft 1 tot 64 tekens, zonder stuurtekens.");
        if (Account.Ongeldig(rol, provincie, gemeente) is { } fout) throw new InvalidInputException(fout);
        if (provincie is { } p && indeling.Provincies.All(x => x.Code != p))
            throw new InvalidInputException($"Provincie {p} bestaat niet; gebruik een code van PV20 tot en met PV31.");
        var huidig = indeling.OpDatum(DateOnly.FromDateTime(op.UtcDateTime));
        if (gemeente is { } g && huidig.All(x => x.Code != g))
            throw new InvalidInputException($"Gemeente {g} komt niet voor in de gemeentelijke indeling van vandaag ({huidig.Count} gemeenten); gebruik de CBS-code, bijvoorbeeld GM0344.");
        var wachtwoord = EenmaligWachtwoord();
        var gebruiker = new Gebruiker(Guid.NewGuid().ToString("N"), naam.Trim(), Hash(wachtwoord), Guid.NewGuid().ToString("N"), rol, provincie, gemeente,
            WachtwoordWijzigen: true, MisluktePogingen: 0, GeblokkeerdTot: null, op, door);
        store.Maak(gebruiker, door, doorRol, eerste);
        return (gebruiker, wachtwoord);
    }

    /// <summary>The first administrator, only when the database has no accounts; null when it has.</summary>
    public static (Gebruiker Gebruiker, string Wachtwoord)? MaakEersteBeheerder(GebruikerStore store, GemeentelijkeIndeling indeling, DateTimeOffset op)
    {
        if (store.Aantal() > 0) return null;
        try
        {
            return Maak(store, indeling, EersteBeheerderNaam, Rol.Beheerder, null, null, "systeem (eerste start)", "systeem", op, eerste: true);
        }
        catch (InvalidInputException) when (store.Aantal() > 0)
        {
            return null; // another instance made it at the same moment
        }
    }
}
