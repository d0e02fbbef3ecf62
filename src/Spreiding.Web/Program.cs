using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Spreiding.Data.Opslag;
using Spreiding.Web.Features.Aanmelden;
using Spreiding.Web.Features.Api;
using Spreiding.Web.Features.Beheer;
using Spreiding.Web.Features.Dashboard;
using Spreiding.Web.Features.Gegevens;
using Spreiding.Web.Features.Gemeenten;
using Spreiding.Web.Features.Plannen;
using Spreiding.Web.Features.Provincies;
using Spreiding.Web.Features.Scenarios;
using Spreiding.Web.Infrastructure;
using Spreiding.Web.Infrastructure.Accounts;

var builder = WebApplication.CreateBuilder(args);

// Spreiding:Database is a SQLite file path or a PostgreSQL connection string; else SPREIDING_DB, else the CLI's file.
builder.Services.AddSingleton(sp => SpreidingDatabase.Open(
    sp.GetRequiredService<IConfiguration>()["Spreiding:Database"] is { Length: > 0 } doel ? doel
    : Environment.GetEnvironmentVariable("SPREIDING_DB") is { Length: > 0 } omgeving ? omgeving
    : SpreidingDatabase.DefaultPath()));
// The keys that protect session and antiforgery cookies: by default in the user profile (one machine); several
// instances behind one PostgreSQL database share a directory named by Spreiding:Sleutelmap.
if (builder.Configuration["Spreiding:Sleutelmap"] is { Length: > 0 } sleutelmap)
    builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(sleutelmap)).SetApplicationName("Spreiding");
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<RamingDienst>();
builder.Services.AddSingleton<PlanDienst>();
builder.Services.AddSpreidingToegang(builder.Configuration);
builder.Services.AddSpreidingApi();

var app = builder.Build();

// Open (and migrate) the database at start, so a fresh machine gets an empty, usable store; on an empty store make the
// first administrator with a one-time password (printed once, below).
app.Services.GetRequiredService<SpreidingDatabase>();
if (app.Configuration.GetValue("Spreiding:EersteBeheerder", true))
    Toegang.MaakEersteBeheerder(app.Services);

app.UseBeveiligingsheaders();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseAuthentication();
app.UseRateLimiter();
app.UseEersteWachtwoord();
app.UseAuthorization();

app.MapDashboard();
app.MapProvincies();
app.MapGemeenten();
app.MapGegevens();
app.MapAccount();
app.MapPlannen();
app.MapBeheer();
app.MapScenarios();
app.MapSpreidingApi();
app.MapFallback(() => Pagina.Fout(new WebFout(StatusCodes.Status404NotFound, "Pagina niet gevonden", "Deze pagina bestaat niet.")))
    .ExcludeFromDescription();

app.Lifetime.ApplicationStarted.Register(() =>
{
    var adressen = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
    foreach (var adres in adressen)
        Console.WriteLine($"Spreiding draait op {adres.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost")} (database: {app.Services.GetRequiredService<SpreidingDatabase>().Path}). Stoppen: Ctrl+C.");
});

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
