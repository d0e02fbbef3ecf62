using Spreiding.Data.Opslag;
using Spreiding.Web.Features.Api;
using Spreiding.Web.Features.Dashboard;
using Spreiding.Web.Features.Gegevens;
using Spreiding.Web.Features.Gemeenten;
using Spreiding.Web.Features.Provincies;
using Spreiding.Web.Features.Scenarios;
using Spreiding.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

// Spreiding:Database is a SQLite file path or a PostgreSQL connection string; default the CLI's file.
builder.Services.AddSingleton(sp => SpreidingDatabase.Open(
    sp.GetRequiredService<IConfiguration>()["Spreiding:Database"] is { Length: > 0 } doel ? doel : SpreidingDatabase.DefaultPath()));
builder.Services.AddSingleton<RamingDienst>();
builder.Services.AddSpreidingApi();

var app = builder.Build();

// Open (and migrate) the database at start, so a fresh machine gets an empty, usable store.
app.Services.GetRequiredService<SpreidingDatabase>();

app.UseBeveiligingsheaders();
app.UseStatusCodePages();
app.UseStaticFiles();

app.MapDashboard();
app.MapProvincies();
app.MapGemeenten();
app.MapGegevens();
app.MapScenarios();
app.MapSpreidingApi();
app.MapFallback(() => Pagina.Fout(new WebFout(StatusCodes.Status404NotFound, "Pagina niet gevonden", "Deze pagina bestaat niet.")))
    .ExcludeFromDescription();

app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
