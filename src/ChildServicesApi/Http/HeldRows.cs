using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildServicesApi.Http;

/// <summary>
/// A response record held for as long as its data version (by the store snapshot) and shared by every answer that
/// lists it: its JSON and its CSV cells are written once and kept on it (<see cref="Rendering"/>), so a long list costs
/// a copy per row rather than a serialisation. Only for records that are never changed after they are built. Implement
/// <see cref="Rendering"/> explicitly (<c>HeldRendering IHeldRow.Rendering { get; } = new();</c>), so it is no member of
/// the JSON, the CSV or the OpenAPI schema.
/// </summary>
internal interface IHeldRow
{
    HeldRendering Rendering { get; }
}

/// <summary>
/// What a held row rendered to, kept on the row and gone with it. Equal to any other, so a record's value equality (which
/// compares every field) is unchanged by carrying one.
/// </summary>
internal sealed class HeldRendering : IEquatable<HeldRendering>
{
    public byte[]? Json;
    public byte[]? Csv;

    public bool Equals(HeldRendering? other) => other is not null;

    public override bool Equals(object? obj) => obj is HeldRendering;

    public override int GetHashCode() => 0;
}

/// <summary>
/// Keeps renderings within a byte budget: past <see cref="BudgetBytes"/> for the data version being served, a row is
/// rendered for each answer again, so memory stays bounded whatever is asked for.
/// </summary>
internal static class HeldRows
{
    public const long BudgetBytes = 64L * 1024 * 1024;

    private static long used;

    /// <summary>A new data version's rows start with the whole budget (the old version's renderings go with its snapshot).</summary>
    public static void StartDataVersion() => Interlocked.Exchange(ref used, 0);

    /// <summary>The rendering in <paramref name="slot"/>, made by <paramref name="render"/> the first time (or every time once the budget is spent).</summary>
    public static byte[] Rendered(ref byte[]? slot, Func<byte[]> render)
    {
        if (Volatile.Read(ref slot) is { } known)
        {
            return known;
        }
        var bytes = render();
        if (Interlocked.Add(ref used, bytes.Length) <= BudgetBytes)
        {
            Volatile.Write(ref slot, bytes);
        }
        return bytes;
    }
}

/// <summary>Writes a held row's JSON from what it rendered to the first time (<see cref="HeldRows"/>).</summary>
internal sealed class HeldRowJsonConverter : JsonConverterFactory
{
    private JsonSerializerOptions? plain;

    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsAssignableTo(typeof(IHeldRow)) && !typeToConvert.IsInterface;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert), this)!;

    /// <summary>The same options without this converter: how a held row is rendered the first time.</summary>
    private JsonSerializerOptions Plain(JsonSerializerOptions options)
    {
        if (plain is { } known)
        {
            return known;
        }
        var copy = new JsonSerializerOptions(options);
        copy.Converters.Remove(this);
        copy.MakeReadOnly(populateMissingResolver: true);
        return plain = copy;
    }

    private sealed class Converter<T>(HeldRowJsonConverter factory) : JsonConverter<T> where T : class, IHeldRow
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<T>(ref reader, factory.Plain(options))!;

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteRawValue(HeldRows.Rendered(ref value.Rendering.Json, () => JsonSerializer.SerializeToUtf8Bytes(value, factory.Plain(options))), skipInputValidation: true);
    }
}
