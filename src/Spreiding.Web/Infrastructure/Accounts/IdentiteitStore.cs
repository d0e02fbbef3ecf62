using Microsoft.AspNetCore.Identity;
using Spreiding.Core.Toegang;
using Spreiding.Data.Opslag;

namespace Spreiding.Web.Infrastructure.Accounts;

/// <summary>
/// The mutable account object ASP.NET Core Identity works on; loaded from and saved to <see cref="GebruikerStore"/>.
/// <see cref="Actie"/> names what changed, for the audit line written with the update.
/// </summary>
public sealed class IdentiteitGebruiker(Gebruiker opgeslagen)
{
    public Gebruiker Opgeslagen { get; internal set; } = opgeslagen;
    public string Id => Opgeslagen.Id;
    public string Naam => Opgeslagen.Naam;
    public string WachtwoordHash { get; set; } = opgeslagen.WachtwoordHash;
    public string Beveiligingsstempel { get; set; } = opgeslagen.Beveiligingsstempel;
    public bool WachtwoordWijzigen { get; set; } = opgeslagen.WachtwoordWijzigen;
    public int MisluktePogingen { get; set; } = opgeslagen.MisluktePogingen;
    public DateTimeOffset? GeblokkeerdTot { get; set; } = opgeslagen.GeblokkeerdTot;
    public string? Actie { get; set; }

    public Gebruiker Bijgewerkt() => Opgeslagen with
    {
        WachtwoordHash = WachtwoordHash,
        Beveiligingsstempel = Beveiligingsstempel,
        WachtwoordWijzigen = WachtwoordWijzigen,
        MisluktePogingen = MisluktePogingen,
        GeblokkeerdTot = GeblokkeerdTot,
    };
}

/// <summary>
/// ASP.NET Core Identity's user store over the Spreiding database (SQLite or PostgreSQL, the store of the register):
/// names, password hashes, security stamps and lockout. Accounts are made by <see cref="Data.Accounts.Accountbeheer"/>
/// (CLI or the administrator's page), not through Identity's CreateAsync.
/// </summary>
public sealed class IdentiteitStore(SpreidingDatabase database, TimeProvider klok) :
    IUserPasswordStore<IdentiteitGebruiker>, IUserSecurityStampStore<IdentiteitGebruiker>, IUserLockoutStore<IdentiteitGebruiker>
{
    private GebruikerStore Store => new(database);

    public Task<IdentityResult> CreateAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "NietOndersteund", Description = "Accounts worden aangemaakt met 'spreiding gebruiker maak' of door een beheerder." }));

    public Task<IdentityResult> DeleteAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) =>
        Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "NietOndersteund", Description = "Accounts worden niet verwijderd; het auditlogboek verwijst ernaar." }));

    public Task<IdentityResult> UpdateAsync(IdentiteitGebruiker user, CancellationToken cancellationToken)
    {
        var bijgewerkt = user.Bijgewerkt();
        var rol = Account.Code(user.Opgeslagen.Rol);
        Store.Werk(bijgewerkt, user.Actie, user.Naam, rol, klok.GetUtcNow());
        user.Opgeslagen = bijgewerkt;
        user.Actie = null;
        return Task.FromResult(IdentityResult.Success);
    }

    public Task<IdentiteitGebruiker?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        Task.FromResult(Store.Zoek(userId) is { } g ? new IdentiteitGebruiker(g) : null);

    public Task<IdentiteitGebruiker?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        Task.FromResult(Store.ZoekOpNaam(normalizedUserName) is { } g ? new IdentiteitGebruiker(g) : null);

    public Task<string?> GetNormalizedUserNameAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(Gebruiker.Normaliseer(user.Naam));

    public Task<string> GetUserIdAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

    public Task<string?> GetUserNameAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Naam);

    public Task SetNormalizedUserNameAsync(IdentiteitGebruiker user, string? normalizedName, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SetUserNameAsync(IdentiteitGebruiker user, string? userName, CancellationToken cancellationToken) =>
        userName == user.Naam ? Task.CompletedTask : throw new NotSupportedException("Account names do not change.");

    public Task SetPasswordHashAsync(IdentiteitGebruiker user, string? passwordHash, CancellationToken cancellationToken)
    {
        user.WachtwoordHash = passwordHash ?? throw new ArgumentNullException(nameof(passwordHash));
        user.Actie = "wachtwoord-gewijzigd";
        return Task.CompletedTask;
    }

    public Task<string?> GetPasswordHashAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.WachtwoordHash);

    public Task<bool> HasPasswordAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetSecurityStampAsync(IdentiteitGebruiker user, string stamp, CancellationToken cancellationToken)
    {
        user.Beveiligingsstempel = stamp;
        return Task.CompletedTask;
    }

    public Task<string?> GetSecurityStampAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.Beveiligingsstempel);

    public Task<DateTimeOffset?> GetLockoutEndDateAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) => Task.FromResult(user.GeblokkeerdTot);

    public Task SetLockoutEndDateAsync(IdentiteitGebruiker user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken)
    {
        if (lockoutEnd > klok.GetUtcNow()) user.Actie ??= "account-tijdelijk-geblokkeerd";
        user.GeblokkeerdTot = lockoutEnd;
        return Task.CompletedTask;
    }

    public Task<int> IncrementAccessFailedCountAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) => Task.FromResult(++user.MisluktePogingen);

    public Task ResetAccessFailedCountAsync(IdentiteitGebruiker user, CancellationToken cancellationToken)
    {
        user.MisluktePogingen = 0;
        return Task.CompletedTask;
    }

    public Task<int> GetAccessFailedCountAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) => Task.FromResult(user.MisluktePogingen);

    public Task<bool> GetLockoutEnabledAsync(IdentiteitGebruiker user, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task SetLockoutEnabledAsync(IdentiteitGebruiker user, bool enabled, CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() { }
}
