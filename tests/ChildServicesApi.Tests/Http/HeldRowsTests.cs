using System.Text.Json;
using System.Text.Json.Serialization;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Spending;
using ChildServicesApi.Http;

namespace ChildServicesApi.Tests.Http;

/// <summary>A held row's JSON is written once and copied after: the copy must be exactly what the serializer writes.</summary>
public sealed class HeldRowsTests
{
    private static readonly JsonSerializerOptions Plain = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private static SpendingLineResponse Line(string label, double? gross) => new(
        new GeographyRef("E09000003", "302", "Barnet", "barnet", GeographyLevel.Authority), 2025, "2024-25", SpendingCategory.Safeguarding,
        SpendingLineRole.CategoryTotal, "3.1", label, gross, null, gross is null ? ObservationStatus.NotAvailable : ObservationStatus.Published, "2025");

    [Fact]
    public void HeldRow_IsWrittenAsTheSerializerWritesIt_TheFirstTimeAndFromWhatWasKept()
    {
        var held = new JsonSerializerOptions(Plain);
        held.Converters.Add(new HeldRowJsonConverter());
        SpendingLineResponse[] rows = [Line("Social work \"teams\" & <assessment>, ü", 1234567.5), Line("Line with no figure", null)];
        var expected = JsonSerializer.Serialize(new { items = rows, total = 2 }, Plain);

        var first = JsonSerializer.Serialize(new { items = rows, total = 2 }, held);
        var again = JsonSerializer.Serialize(new { items = rows, total = 2 }, held);

        Assert.Equal(expected, first);
        Assert.Equal(expected, again);
    }
}
