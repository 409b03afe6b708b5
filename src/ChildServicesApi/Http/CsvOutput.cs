using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace ChildServicesApi.Http;

/// <summary>Marks an endpoint whose list or table also answers as CSV.</summary>
internal sealed class CsvCapable;

/// <summary>On a response with several lists: the one whose items are the CSV's rows.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class CsvRowsAttribute : Attribute;

/// <summary>On a response's or row's member (or a row's nested record's) that a CSV should not carry: a long method text, a summary row, a geometry, a copy of a column the answer already has.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class CsvOmitAttribute : Attribute;

/// <summary>On a row's nested record: its columns without the record's name as a prefix (a GeoJSON feature's properties).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class CsvInlineAttribute : Attribute;

/// <summary>On a row's list of records: one CSV row per inner item, the outer row's fields repeated (long format for charts).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class CsvExpandAttribute : Attribute;

/// <summary>A response that lays out its own CSV instead of being flattened (a wide table: one column per year).</summary>
internal interface ICsvTable
{
    IReadOnlyList<string> CsvHeader();

    IEnumerable<IReadOnlyList<object?>> CsvRows();
}

/// <summary>
/// CSV for every list and table: <c>format=csv</c> or <c>Accept: text/csv</c>. RFC 4180 (CRLF, quotes doubled, fields
/// with commas, quotes or line breaks quoted), a header row, nested objects flattened into prefixed columns, ISO
/// dates, an empty cell where a value is null (its status column says why), rows written to the response as they
/// are formatted, a file name in Content-Disposition, and the answer's warnings as Data-Warning headers.
/// </summary>
internal static class CsvOutput
{
    public const string MediaType = "text/csv";
    public const string FormatParameter = "format";

    public static RouteHandlerBuilder WithCsv(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new CsvCapable()).AddEndpointFilter(async (context, next) =>
        {
            var format = context.HttpContext.Request.Query[FormatParameter].ToString();
            if (format.Length > 0 && format is not ("csv" or "json"))
            {
                return Problems.BadParameter(FormatParameter, "'format' must be json or csv.");
            }
            var result = await next(context);
            while (result is INestedHttpResult nested)
            {
                result = nested.Result;
            }
            if (!ContentNegotiation.WantsCsv(context.HttpContext) || result is not IValueHttpResult { Value: { } value } || result is not IStatusCodeHttpResult { StatusCode: 200 })
            {
                return result;
            }
            var name = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? "export";
            return new CsvResult(value, JsonNamingPolicy.KebabCaseLower.ConvertName(name) + ".csv");
        });

    private sealed class CsvResult(object value, string fileName) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = $"{MediaType}; charset=utf-8; header=present";
            foreach (var warning in ResponseWarnings.Of(value))
            {
                httpContext.Response.Headers.Append(ResponseWarnings.Header, ResponseWarnings.HeaderValue(warning));
            }
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            var (header, rows) = value is ICsvTable table ? (table.CsvHeader(), table.CsvRows()) : Flatten(value);
            // As UTF-8 into a small block that goes to the response's pipe in one write whenever it fills, the pipe flushed
            // every 200 rows: a held row's bytes are copied as they are, other cells encoded as they are formatted. Writing
            // each cell into the pipe itself cost a chunk's bookkeeping per write. The block stays under the large object
            // heap's threshold.
            var body = httpContext.Response.BodyWriter;
            var block = new ArrayBufferWriter<byte>(BlockBytes);
            WriteLine(block, header);
            var count = 0;
            foreach (var row in rows)
            {
                WriteLine(block, row);
                if (block.WrittenCount >= BlockBytes - RowRoom)
                {
                    body.Write(block.WrittenSpan);
                    block.ResetWrittenCount();
                }
                if (++count % 200 == 0)
                {
                    await body.FlushAsync(httpContext.RequestAborted);
                }
            }
            body.Write(block.WrittenSpan);
            await body.FlushAsync(httpContext.RequestAborted);
        }

        /// <summary>The block's size, and the room left in it for a row before it is written out (a wider row grows it once).</summary>
        private const int BlockBytes = 32 * 1024, RowRoom = 4 * 1024;

        private static void WriteLine<T>(IBufferWriter<byte> body, IReadOnlyList<T> cells)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                if (i > 0)
                {
                    body.Write(","u8);
                }
                if (cells[i] is RenderedRow rendered)
                {
                    body.Write(rendered.Utf8);
                }
                else
                {
                    Encoding.UTF8.GetBytes(Cell(cells[i]), body);
                }
            }
            body.Write("\r\n"u8);
        }
    }

    /// <summary>A response's header and rows: its list's items flattened into columns, after the answer's other members repeated on every row.</summary>
    private static (IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows) Flatten(object value)
    {
        var (constants, listed, rowType) = Table(value);
        var (rows, columns, expanded) = Expand(listed, rowType);
        constants = Distinct(constants, columns);
        object?[] prefix = [.. constants.Select(c => c.Value)];
        IReadOnlyList<string> header = [.. constants.Select(c => c.Name), .. columns.Select(c => c.Name)];
        if (!expanded && rowType.IsAssignableTo(typeof(IHeldRow)))
        {
            // The answer's own members are the same on every row: formatted and encoded once, then copied like the rows.
            if (prefix.Length == 0)
            {
                return (header, rows.Select(row => (IReadOnlyList<object?>)[Render((IHeldRow)row, columns)]));
            }
            var leading = new RenderedRow(Encoding.UTF8.GetBytes(string.Join(',', prefix.Select(Cell))));
            return (header, rows.Select(row => (IReadOnlyList<object?>)[leading, Render((IHeldRow)row, columns)]));
        }
        return (header, rows.Select(row =>
        {
            var cells = new object?[prefix.Length + columns.Count];
            prefix.CopyTo(cells, 0);
            for (var i = 0; i < columns.Count; i++)
            {
                cells[prefix.Length + i] = columns[i].Read(row);
            }
            return (IReadOnlyList<object?>)cells;
        }));
    }

    /// <summary>A held row's cells, formatted, quoted, joined and encoded: written as they are.</summary>
    private sealed record RenderedRow(byte[] Utf8);

    private static RenderedRow Render(IHeldRow row, List<Column> columns) =>
        new(HeldRows.Rendered(ref row.Rendering.Csv, () => Encoding.UTF8.GetBytes(string.Join(',', columns.Select(c => Cell(c.Read(row)))))));

    /// <summary>A cell as written: formatted, then quoted where RFC 4180 needs it.</summary>
    private static string Cell(object? value) => Quote(value as string ?? Format(value));

    /// <summary>
    /// The rows of a response: a list itself, a page's items, or an object's one list, whose other (scalar or nested)
    /// members repeat as leading columns on every row (a time series carries its authority and indicator).
    /// </summary>
    private static (List<(string Name, string Value)> Constants, IEnumerable<object> Rows, Type RowType) Table(object value)
    {
        if (ElementType(value.GetType()) is { } direct)
        {
            return ([], ((IEnumerable)value).Cast<object>(), direct);
        }
        var properties = value.GetType().GetProperties().Where(p => !ResponseWarnings.IsWarnings(p)).ToArray();
        var list = properties.SingleOrDefault(p => Marked<CsvRowsAttribute>(p)) ?? properties.Single(p => ElementType(p.PropertyType) is not null);
        var constants = properties.Where(p => p != list && p.Name != "Paging" && ElementType(p.PropertyType) is null && !Marked<CsvOmitAttribute>(p))
            .SelectMany(p => Columns(p.PropertyType, Json(p.Name)).Select(c => (c.Name, Format(c.Read(p.GetValue(value))))))
            .ToList();
        return (constants, ((IEnumerable?)list.GetValue(value) ?? Array.Empty<object>()).Cast<object>(), ElementType(list.PropertyType)!);
    }

    private sealed record Column(string Name, Func<object?, object?> Read);

    /// <summary>
    /// Every column name once, as spreadsheets and chart tools need: a member of the answer as a whole whose flattened
    /// name a row's column also has (the answer's permalink beside each figure's, the authority asked about beside each
    /// neighbour) is prefixed "answer".
    /// </summary>
    private static List<(string Name, string Value)> Distinct(List<(string Name, string Value)> constants, List<Column> columns)
    {
        var taken = columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        return constants.Select(c => taken.Contains(c.Name) ? ("answer" + char.ToUpperInvariant(c.Name[0]) + c.Name[1..], c.Value) : c).ToList();
    }

    /// <summary>Unrolls a row type's <see cref="CsvExpandAttribute"/> list: each (outer, inner) pair becomes one row.</summary>
    private static (IEnumerable<object> Rows, List<Column> Columns, bool Expanded) Expand(IEnumerable<object> rows, Type rowType)
    {
        var inner = rowType.GetProperties().SingleOrDefault(p => Marked<CsvExpandAttribute>(p));
        if (inner is null)
        {
            return (rows, Columns(rowType, "").ToList(), false);
        }
        var outer = rowType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p != inner && !Marked<CsvOmitAttribute>(p))
            .SelectMany(p => Columns(p.PropertyType, Json(p.Name)).Select(c => new Column(c.Name, v => c.Read(Getter(p)(((ValueTuple<object, object>)v!).Item1)))));
        var nested = Columns(ElementType(inner.PropertyType)!, Json(inner.Name))
            .Select(c => new Column(c.Name, v => c.Read(((ValueTuple<object, object>)v!).Item2)));
        var pairs = rows.SelectMany(row => ((IEnumerable?)Getter(inner)(row) ?? Array.Empty<object>()).Cast<object>().Select(item => (object)(row, item)));
        return (pairs, outer.Concat(nested).ToList(), true);
    }

    /// <summary>Positional records carry their attributes on the constructor parameter, not the property.</summary>
    private static bool Marked<TAttribute>(PropertyInfo property) where TAttribute : Attribute =>
        Marks.GetOrAdd((property, typeof(TAttribute)), key => key.Property.IsDefined(key.Attribute) ||
            key.Property.DeclaringType!.GetConstructors().SelectMany(c => c.GetParameters())
                .Any(p => p.Name == key.Property.Name && p.IsDefined(key.Attribute)));

    // A response type's layout never changes, so what reflection finds is found once per type, not once per request or cell.
    private static readonly ConcurrentDictionary<(PropertyInfo Property, Type Attribute), bool> Marks = new();
    private static readonly ConcurrentDictionary<(Type Type, string Prefix), Column[]> Layouts = new();
    private static readonly ConcurrentDictionary<PropertyInfo, Func<object, object?>> Getters = new();

    /// <summary>A compiled read of the property (a reflection call per cell would dominate a 1000-row CSV).</summary>
    private static Func<object, object?> Getter(PropertyInfo property) => Getters.GetOrAdd(property, p =>
    {
        var instance = Expression.Parameter(typeof(object));
        var read = Expression.Property(Expression.Convert(instance, p.DeclaringType!), p);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    });

    /// <summary>Scalars become one column; records become their own columns with a prefix; lists become one joined column.</summary>
    private static Column[] Columns(Type type, string prefix) => Layouts.GetOrAdd((type, prefix), key => [.. LayOut(key.Type, key.Prefix)]);

    private static IEnumerable<Column> LayOut(Type type, string prefix)
    {
        if (IsScalar(type) || ElementType(type) is not null)
        {
            yield return new Column(prefix.Length == 0 ? "value" : prefix, v => v);
            yield break;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => !Marked<CsvOmitAttribute>(p)))
        {
            var name = Marked<CsvInlineAttribute>(property) ? prefix : prefix.Length == 0 ? Json(property.Name) : prefix + property.Name;
            var get = Getter(property);
            foreach (var inner in Columns(property.PropertyType, name))
            {
                yield return new Column(inner.Name, v => v is null ? null : inner.Read(get(v)));
            }
        }
    }

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(DateTime);
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string Json(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => Kebab.Name(e),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join("; ", items.Cast<object?>().Select(item => item is null || IsScalar(item.GetType())
            ? Format(item)
            : string.Join(": ", item.GetType().GetProperties().Select(p => Format(p.GetValue(item)))))),
        _ => value.ToString() ?? "",
    };

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
