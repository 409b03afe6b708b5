using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChildServicesApi.Http;

/// <summary>
/// A response record held for as long as its data version (by the store snapshot) and shared by every answer that
/// lists it: its JSON and its CSV cells are written once and kept with it, so a long list costs a copy per row rather
/// than a serialisation. Only for records that are never changed after they are built.
/// </summary>
internal interface IHeldRow;

/// <summary>
/// What a held row renders to, kept with the row (it goes when the row does, with its data version), within a byte
/// budget: past <see cref="BudgetBytes"/> a row is rendered for each answer again, so memory stays bounded whatever is
/// asked for.
/// </summary>
internal static class HeldRows
{
    public const long BudgetBytes = 64L * 1024 * 1024;

    private static long used;

    /// <summary>The rendering kept for <paramref name="row"/>, made by <paramref name="render"/> the first time (or every time once the budget is spent).</summary>
    public static byte[] Rendered(ConditionalWeakTable<object, byte[]> kept, object row, Func<object, byte[]> render)
    {
        if (kept.TryGetValue(row, out var known))
        {
            return known;
        }
        var bytes = render(row);
        if (Interlocked.Read(ref used) + bytes.Length <= BudgetBytes && kept.TryAdd(row, bytes))
        {
            Interlocked.Add(ref used, bytes.Length);
        }
        return bytes;
    }
}

/// <summary>Writes a held row's JSON from what it rendered to the first time (<see cref="HeldRows"/>).</summary>
internal sealed class HeldRowJsonConverter : JsonConverterFactory
{
    private readonly ConditionalWeakTable<object, byte[]> rendered = new();
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

    private sealed class Converter<T>(HeldRowJsonConverter factory) : JsonConverter<T> where T : class
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize<T>(ref reader, factory.Plain(options))!;

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteRawValue(HeldRows.Rendered(factory.rendered, value, row => JsonSerializer.SerializeToUtf8Bytes((T)row, factory.Plain(options))), skipInputValidation: true);
    }
}

/// <summary>
/// Equal values of a record computed per answer (one end of a change) shared as one held instance for a data version
/// (a <see cref="Data.StoreSnapshot.Part{T}"/>), so they render once like any held row. Bounded by the distinct values
/// the data version can give.
/// </summary>
internal sealed class HeldValues<T> where T : class, IHeldRow
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<T, T> held = new();

    public T Hold(T value) => held.GetOrAdd(value, value);
}
