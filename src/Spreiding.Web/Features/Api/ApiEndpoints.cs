using Microsoft.OpenApi;
using Spreiding.Web.Features.Aanmelden;
using Spreiding.Web.Features.Beheer;
using Spreiding.Web.Features.Gegevens;
using Spreiding.Web.Features.Plannen;

namespace Spreiding.Web.Features.Api;

/// <summary>The API under <c>/api/v1</c> and its OpenAPI 3.0 document at <c>/api/v1/openapi.json</c>.</summary>
public static class ApiEndpoints
{
    public static IServiceCollection AddSpreidingApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOpenApi("v1", o =>
        {
            o.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info = new OpenApiInfo
                {
                    Title = "Spreiding API",
                    Version = ApiAntwoord.Versie,
                    Description = "API van de capaciteitsraming Spreidingswet: ramingen per cyclus, provincie en gemeente, het locatieregister en de " +
                                  "scenario's voor de prognose (openbaar), de provinciale plannen en verdeelbesluiten (concepten na inloggen; wijzigingen met If-Match) " +
                                  "en het beheer van accounts. " +
                                  "Bevolking en indeling: CBS, CC BY 4.0.",
                };
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapSpreidingApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers["API-Version"] = ApiAntwoord.Versie;
            return await next(context);
        });
        api.MapRamingenApi();
        api.MapLocatiesApi();
        api.MapGegevensApi();
        api.MapPlannenApi();
        api.MapSessiesApi();
        api.MapBeheerApi();
        api.MapScenariosApi();
        app.MapOpenApi("/api/v1/openapi.json");
        app.MapFallback("/api/{**rest}", (HttpContext http) =>
                Results.Problem(detail: $"Er is geen API-bron op '{http.Request.Path}'. Zie /api/v1/openapi.json.", statusCode: StatusCodes.Status404NotFound,
                    title: "Niet gevonden", instance: http.Request.Path))
            .ExcludeFromDescription();
        return app;
    }
}
