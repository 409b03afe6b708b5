using System.Buffers;
using System.Text;
using System.Text.Json;
using ChildServicesApi.Data.Import.Sources;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Boundaries;
using ChildServicesApi.Features.Meta;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.OverlayNG;

namespace ChildServicesApi.Data.Import.Pipelines;

/// <summary>
/// Reads ONS's December 2023 county and unitary authority boundaries: one feature per current authority, checked
/// against the register both ways. An abolished authority whose successors came only from it (a split, per the
/// reorganisation links) is drawn as the union of their boundaries; one whose area no boundary or union matches
/// (a successor also took in another authority's area) gets no geometry and the reason.
/// </summary>
internal static class BoundariesPipeline
{
    private const string File = BoundariesSource.File;

    /// <summary>Rings are written as the union computes them: exteriors clockwise, as in the ONS file.</summary>
    private static readonly JsonSerializerOptions GeoJson = new()
    {
        Converters = { new GeoJsonConverterFactory(new GeometryFactory(), false, null, RingOrientationOption.DoNotModify) },
    };

    private sealed record Drawn(Geometry? Geometry, Boundary Row);

    public static void Run(ImportContext context)
    {
        var (bytes, file) = context.OpenDocument(File, BoundariesSource.Citation);
        var features = Read(bytes);
        file.DataRows = features.Count;

        var current = context.Geographies.Authorities.Where(a => a.ExistedTo is null).ToList();
        var drawn = new Dictionary<Geography, Drawn>();
        foreach (var (position, code, geometryJson) in features)
        {
            var authority = context.Geographies.ByGss(code);
            if (authority is not { Level: GeographyLevel.Authority, ExistedTo: null } || authority.GssCode != code)
            {
                throw Error(position, authority is null
                    ? $"code {code} is not an authority in the register (table B1)"
                    : $"code {code} is not a current authority's code ({authority.Name} is {authority.GssCode}{(authority.ExistedTo is { } to ? $", abolished {to:yyyy-MM-dd}" : "")})");
            }
            if (drawn.TryGetValue(authority, out var earlier))
            {
                throw Error(position, $"{authority.Name} ({code}) already has feature {earlier.Row.SourceFeature}");
            }
            var geometry = Parse(position, geometryJson);
            drawn.Add(authority, new Drawn(geometry, Row(authority, BoundaryBasis.Published, geometry, Compact(geometryJson), null, file, position)));
        }
        var missing = current.Where(a => !drawn.ContainsKey(a)).OrderBy(a => a.Name, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new SourceDataException(File, 0, BoundariesSource.CodeProperty,
                $"{missing.Count} current authorities have no feature: {string.Join(", ", missing.Select(a => $"{a.Name} ({a.GssCode})"))}");
        }

        foreach (var abolished in context.Geographies.Authorities.Where(a => a.ExistedTo is not null).OrderBy(a => a.LaCode, StringComparer.Ordinal))
        {
            Draw(abolished, context.AuthorityChanges, drawn, file);
        }
        context.Boundaries.AddRange(drawn.Values.Select(d => d.Row));
    }

    /// <summary>
    /// An abolished authority's area is exactly its successors' areas together when every successor came from it alone;
    /// a successor that also took in another authority's area (or has no area itself) rules the union out.
    /// </summary>
    private static Drawn Draw(Geography authority, List<AuthorityChange> changes, Dictionary<Geography, Drawn> drawn, SourceFile file)
    {
        if (drawn.TryGetValue(authority, out var known))
        {
            return known;
        }
        var links = changes.Where(c => c.Predecessor == authority).ToList();
        var successors = links.Select(c => c.Successor).Distinct().OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var date = links.Select(c => c.EffectiveDate).DefaultIfEmpty().Min();
        var basis = string.Join("; ", links.Select(c => c.Basis).Distinct());
        var verb = links.All(c => c.Kind == AuthorityChangeKind.Split) ? $"Split on {date:yyyy-MM-dd} between" : $"Merged on {date:yyyy-MM-dd} into";
        var sharers = successors.Select(s => (Successor: s, Others: changes.Where(c => c.Successor == s && c.Predecessor != authority)
            .Select(c => c.Predecessor).Distinct().OrderBy(p => p.Name, StringComparer.Ordinal).ToList())).Where(s => s.Others.Count > 0).ToList();
        var parts = successors.Select(s => (Successor: s, Drawn: Draw(s, changes, drawn, file))).ToList();

        string? why = null;
        if (successors.Count == 0)
        {
            why = "No successor is recorded, so no December 2023 boundary can stand for its area.";
        }
        else if (sharers.Count > 0)
        {
            why = $"{verb} {Names(successors)}; " +
                string.Join("; ", sharers.Select(s => $"{Name(s.Successor)} was also formed from {Names(s.Others)}")) +
                $", so no {BoundariesSource.Vintage} boundary, nor any union of them, is its area ({basis}).";
        }
        else if (parts.FirstOrDefault(p => p.Drawn.Geometry is null) is { Successor: { } undrawn })
        {
            why = $"{verb} {Names(successors)}; {Name(undrawn)} has no matching boundary itself ({basis}).";
        }

        Drawn result;
        if (why is not null)
        {
            result = new Drawn(null, Row(authority, BoundaryBasis.NoMatchingBoundary, null, null, why, file, null));
        }
        else
        {
            var union = UnaryUnionNG.Union((Geometry)new GeometryCollection([.. parts.Select(p => p.Drawn.Geometry!)]), new PrecisionModel(BoundariesSource.GridScale));
            if (union is not (Polygon or MultiPolygon))
            {
                throw new SourceDataException(File, 0, null, $"the union of {Names(successors)} for {authority.Name} is a {union.GeometryType}, not an area");
            }
            var note = $"Union of successors' {BoundariesSource.Vintage} boundaries: {Names(successors)}, which took over its whole area on {date:yyyy-MM-dd} ({basis}).";
            result = new Drawn(union, Row(authority, BoundaryBasis.UnionOfSuccessors, union,
                JsonSerializer.Serialize(union is Polygon single ? new MultiPolygon([single]) : union, GeoJson), note, file, null));
        }
        drawn.Add(authority, result);
        return result;
    }

    private static Boundary Row(Geography authority, BoundaryBasis basis, Geometry? geometry, string? geoJson, string? note, SourceFile file, int? feature)
    {
        var box = geometry?.EnvelopeInternal;
        return new Boundary
        {
            Geography = authority,
            Basis = basis,
            GeoJson = geoJson,
            West = box?.MinX,
            South = box?.MinY,
            East = box?.MaxX,
            North = box?.MaxY,
            Note = note,
            SourceFile = file,
            SourceFeature = feature,
        };
    }

    private static string Name(Geography g) => g.GssCode is null ? g.Name : $"{g.Name} ({g.GssCode})";

    private static string Names(IEnumerable<Geography> geographies)
    {
        var names = geographies.Select(Name).ToList();
        return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }

    /// <summary>Each feature's 1-based position, GSS code and geometry, from a FeatureCollection.</summary>
    private static List<(int Position, string Code, JsonElement Geometry)> Read(byte[] bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new SourceDataException(File, 0, null, $"not valid JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                || type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            {
                throw new SourceDataException(File, 0, null, "expected a GeoJSON FeatureCollection with a features array");
            }
            var read = new List<(int, string, JsonElement)>();
            var position = 0;
            foreach (var feature in features.EnumerateArray())
            {
                position++;
                if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object
                    || !properties.TryGetProperty(BoundariesSource.CodeProperty, out var code) || code.ValueKind != JsonValueKind.String || code.GetString() is not { Length: > 0 } text)
                {
                    throw Error(position, $"has no properties.{BoundariesSource.CodeProperty}");
                }
                if (!feature.TryGetProperty("geometry", out var geometry) || geometry.ValueKind != JsonValueKind.Object)
                {
                    throw Error(position, $"({text}) has no geometry");
                }
                read.Add((position, text, geometry.Clone()));
            }
            return read;
        }
    }

    private static Geometry Parse(int position, JsonElement json)
    {
        Geometry? geometry;
        try
        {
            geometry = json.Deserialize<Geometry>(GeoJson);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            throw Error(position, $"has a geometry that cannot be read: {e.Message}");
        }
        return geometry is Polygon or MultiPolygon && !geometry.IsEmpty
            ? geometry
            : throw Error(position, $"has a {geometry?.GeometryType ?? "null"} geometry; an authority's boundary is a Polygon or MultiPolygon");
    }

    /// <summary>
    /// The geometry as published, without the file's whitespace (numbers keep their text), always as a MultiPolygon: a
    /// Polygon becomes a MultiPolygon of that one polygon (the same area, RFC 7946 §3.1.7), so every answer has one
    /// geometry shape that generated clients can type without a choice.
    /// </summary>
    private static string Compact(JsonElement json)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (json.GetProperty("type").GetString() == "Polygon")
            {
                writer.WriteStartObject();
                writer.WriteString("type", "MultiPolygon");
                writer.WriteStartArray("coordinates");
                json.GetProperty("coordinates").WriteTo(writer);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            else
            {
                json.WriteTo(writer);
            }
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static SourceDataException Error(int position, string problem) =>
        new(File, 0, BoundariesSource.CodeProperty, $"feature {position} {problem}");
}
