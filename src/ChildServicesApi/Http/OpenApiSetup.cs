using ChildServicesApi.Data.Import.Sources;
using Microsoft.OpenApi;

namespace ChildServicesApi.Http;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c> (committed as openapi/v1.json) and Swagger UI at <c>/docs</c>.</summary>
internal static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "ChildServicesApi",
                Version = "1",
                Description = "Open data on children's social care in England, by local authority and year: children in need, child protection, "
                    + "children looked after, the social work workforce, Ofsted inspections and Section 251 spending. Every figure names its source. "
                    + Features.Meta.ServiceRootApi.Attribution,
                License = new OpenApiLicense { Name = "Data: " + Publication.Licence, Url = new Uri(Publication.LicenceUrl) },
                Contact = new OpenApiContact { Name = "ChildServicesApi maintainers" },
            });
            options.AddServer(new OpenApiServer
            {
                Url = "/",
                Description = "Production: the host serving this document",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(false) },
            });
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "ChildServicesApi.xml"), includeControllerXmlComments: true);
            options.SupportNonNullableReferenceTypes();
            options.SchemaFilter<KebabEnumSchemaFilter>();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SchemaFilter<LimitsSchemaFilter>();
            options.SchemaFilter<RequiredPropertiesSchemaFilter>();
            options.OperationFilter<ParameterOperationFilter>();
            options.OperationFilter<SharedResponsesOperationFilter>();
            options.CustomSchemaIds(type => type.IsGenericType
                ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}Of{string.Join("", type.GetGenericArguments().Select(t => t.Name))}"
                : type.Name);
        });
        return services;
    }

    public static WebApplication UseOpenApiDocument(this WebApplication app)
    {
        app.UseSwagger(options => options.RouteTemplate = "openapi/{documentName}.json");
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "docs";
            options.SwaggerEndpoint(DocumentPath, "ChildServicesApi v1");
            options.DocumentTitle = "ChildServicesApi";
        });
        return app;
    }
}
