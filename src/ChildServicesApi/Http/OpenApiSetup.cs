using System.Text.Json.Nodes;
using ChildServicesApi.Data.Import.Sources;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using ChildServicesApi.Domain;

namespace ChildServicesApi.Http;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c> (committed as openapi/v1.json) and Swagger UI at <c>/docs</c>.
/// <c>OpenApi:ServerUrl</c> (<see cref="OpenApiDocumentOptions"/>) sets the absolute public base URL written in
/// <c>servers</c>; without it the document has no <c>servers</c>, so client generators ask for a base URL rather than
/// guess one.
/// </summary>
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
                    + Publication.Attribution,
                License = new OpenApiLicense { Name = "Data: " + Publication.Licence, Url = new Uri(Publication.LicenceUrl) },
                Contact = new OpenApiContact { Name = "ChildServicesApi maintainers" },
            });
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, "ChildServicesApi.xml"), includeControllerXmlComments: true);
            options.SupportNonNullableReferenceTypes();
            // A stored geometry is written verbatim; the document describes it as the GeoJSON it is.
            options.MapType<Features.Boundaries.GeoJsonGeometry>(() => new OpenApiSchemaReference(Features.Boundaries.GeoJsonGeometry.SchemaId));
            options.SchemaFilter<KebabEnumSchemaFilter>();
            options.SchemaFilter<ExampleSchemaFilter>();
            options.SchemaFilter<LimitsSchemaFilter>();
            options.SchemaFilter<NullabilitySchemaFilter>();
            options.ParameterFilter<ParameterContractFilter>();
            options.OperationFilter<SharedContractOperationFilter>();
            options.OperationFilter<SeeOtherOperationFilter>();
            options.DocumentFilter<OpenApiContract>();
            options.CustomSchemaIds(type => type.IsGenericType
                ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}Of{string.Join("", type.GetGenericArguments().Select(t => t.Name))}"
                : type.Name);
        });
        services.AddOptions<SwaggerGenOptions>().Configure<IOptions<OpenApiDocumentOptions>>((swagger, options) =>
        {
            if (options.Value.ServerUrl is { Length: > 0 } serverUrl)
            {
                swagger.AddServer(new OpenApiServer { Url = serverUrl.TrimEnd('/'), Description = "Production" });
            }
        });
        return services;
    }

    public static WebApplication UseOpenApiDocument(this WebApplication app)
    {
        app.UseSwagger(options =>
        {
            options.RouteTemplate = "openapi/{documentName}.json";
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
        });
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "docs";
            options.SwaggerEndpoint(DocumentPath, "ChildServicesApi v1");
            options.DocumentTitle = "ChildServicesApi";
        });
        return app;
    }
}

/// <summary>
/// The document's shared components: the one problem schema, the <c>format</c> and <c>dataVersion</c> parameters,
/// the response headers, and a description for each tag.
/// </summary>
internal sealed class OpenApiContract : IDocumentFilter
{
    public const string ProblemSchema = "Problem";

    /// <summary>A file download's ETag, which is not the per-request tag of the other operations.</summary>
    public const string FileETagHeader = "FileETag";

    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Authorities"] = "Local authorities in England (current and abolished), their codes over time, predecessors and successors.",
        ["Indicators"] = "The catalogue of measures and their figures for England, regions and authorities, with citations.",
        ["Inspections"] = "Ofsted inspections of children's services (SIF, ILACS, focused visits, JTAIs) and the judgements in force.",
        ["SchoolOutcomes"] = "How children in need, on a child protection plan and looked after do at school, by academic year: attainment, absence, exclusions and special educational needs (DfE via LAIT).",
        ["OtherMeasures"] = "Published measures in units the indicators do not have, the unit and period given in words and dates: the average strengths and difficulties questionnaire (SDQ) score of children looked after (DfE) and first time entrants to the youth justice system per 100,000 (Youth Justice Board and Ministry of Justice), through LAIT.",
        ["Spending"] = "Section 251 outturn: children's social care spending lines, and the derived spend per child.",
        ["Comparisons"] = "DfE statistical neighbours and an authority's figures compared with them, its region and England.",
        ["Statistics"] = "Answers computed from the figures: rankings, distributions, change over time and coverage.",
        ["Regions"] = "England's regions and the authorities in each.",
        ["Meta"] = "The data version served, the source files and their citations, licence and attribution.",
        ["Maps"] = "GeoJSON (application/geo+json) for maps: the authorities' boundaries (ONS, December 2023), and figures and Ofsted grades joined to them.",
        ["Downloads"] = "Bulk downloads of the data version served: the SQLite store and a zip of one CSV per table, with SHA-256, ETag and range requests.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Components ??= new OpenApiComponents();
        var components = document.Components;
        components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        components.Schemas[ProblemSchema] = Problem(document);
        components.Schemas.Remove("ProblemDetails");
        components.Schemas.Remove("HttpValidationProblemDetails");
        foreach (var (id, schema) in Features.Boundaries.GeoJsonGeometry.Schemas(document))
        {
            components.Schemas[id] = schema;
        }

        components.Parameters ??= new Dictionary<string, IOpenApiParameter>();
        components.Parameters[CsvOutput.FormatParameter] = new OpenApiParameter
        {
            Name = CsvOutput.FormatParameter,
            In = ParameterLocation.Query,
            Description = "json (the default) or csv. Without it the Accept header decides (q-values honoured; text/csv gives CSV). CSV is RFC 4180 with a header row, one row per item, nested fields as prefixed columns.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("json"), JsonValue.Create("csv")] },
            Example = JsonValue.Create("json"),
        };
        components.Parameters[DataVersionPins.Parameter] = new OpenApiParameter
        {
            Name = DataVersionPins.Parameter,
            In = ParameterLocation.Query,
            Description = "Pins the request to a data version (see /api/v1/meta; permanent links carry it). The current version answers as usual; a well-formed other version gives 410 naming the current one; a malformed one gives 400.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 64, Pattern = DataVersionPins.Pattern },
        };

        components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        void Header(string name, string description, OpenApiSchema schema) =>
            components.Headers[name] = new OpenApiHeader { Description = description, Schema = schema };
        OpenApiSchema Text(int maxLength) => new() { Type = JsonSchemaType.String, MaxLength = maxLength };
        Header("ETag", "Strong tag of this request under the current data version; send it back in If-None-Match.", Text(128));
        Header(FileETagHeader, "The file's SHA-256 (lower-case hex), quoted: the same file has the same tag on every replica. Send it back in If-None-Match or If-Range.", Text(66));
        Header("Last-Modified", "When the import built the file (the same on every replica).", Text(29));
        Header("Accept-Ranges", "bytes: Range requests are honoured.", new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("bytes")] });
        Header("Content-Disposition", "attachment, with a file name that carries the data version.", Text(256));
        Header("Content-Range", "The range sent and the file's length (bytes first-last/length), or on a 416 the length alone (bytes */length).", Text(64));
        Header("Cache-Control", "public, max-age=N on 200 and 304; no-store on errors.", Text(64));
        Header("Vary", "What the representation depends on: Accept, Accept-Encoding and Origin.", Text(128));
        Header("Link", "RFC 8288 paging links: first, prev, next and last.", Text(4096));
        Header(RequestIds.Header, "The request's id (the caller's own when it is a short token); the traceId of any problem.", Text(64));
        Header(RateLimits.LimitHeader, "Requests per minute this client may make with the policy that applied to this request (CSV has its own, lower limit).",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "1000000" });
        Header(ResponseWarnings.Header, "On CSV answers, one per warning the JSON body would carry in its warnings array (e.g. a year after the latest period held); visible ASCII.", Text(4096));
        Header("Retry-After", "Seconds to wait before retrying.", new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "86400" });
        Header("Access-Control-Allow-Origin", "Sent when the request has an Origin header: any origin may read the API.",
            new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("*")] });

        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Key, Description = t.Value }));
    }

    /// <summary>RFC 9457 problem details as this API writes them: always a title, status and traceId; the named parameter and its errors where one was at fault.</summary>
    private static OpenApiSchema Problem(OpenApiDocument document)
    {
        OpenApiSchema Text(string description, int maxLength = 4096) => new() { Type = JsonSchemaType.String, Description = description, MaxLength = maxLength };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 9457 problem. Other members may appear (e.g. currentDataVersion on a 410, supportedVersions on an unknown version).",
            Required = new HashSet<string>(["title", "status", "traceId"]),
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text("A URI reference identifying the problem type.", 2048),
                ["title"] = Text("A short summary of the problem type.", 200),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599", Description = "The HTTP status code." },
                ["detail"] = Text("What went wrong with this request, in plain words."),
                ["instance"] = Text("A URI reference identifying this occurrence.", 2048),
                ["traceId"] = Text("The request's X-Request-ID: quote it when reporting a problem.", 64),
                ["parameter"] = Text("The parameter at fault, when one is.", 64),
                ["suggestions"] = new OpenApiSchema { Type = JsonSchemaType.Array, MaxItems = 20, Items = Text("A close match.", 200), Description = "Close matches for an unknown id." },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Each offending parameter with its messages.",
                    MaxProperties = 100,
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, MaxItems = 20, Items = Text("A message.", 1000) },
                },
                ["warnings"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    MaxItems = 20,
                    Items = new OpenApiSchemaReference(nameof(ResponseWarning), document),
                    Description = "What a reader should know beside the problem, e.g. that the year asked for is after the latest period held.",
                },
            },
            AdditionalPropertiesAllowed = true,
        };
    }
}
