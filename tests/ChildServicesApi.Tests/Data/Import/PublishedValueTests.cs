using ChildServicesApi.Data.Import;
using ChildServicesApi.Features.Indicators;

namespace ChildServicesApi.Tests.Data.Import;

public sealed class PublishedValueTests
{
    private static PublishedValue ReadEes(string cell) =>
        PublishedValue.Read(CsvFile.Parse($"v\n{cell}\n", "t.csv").Records[0], "v", PublishedValue.EesSymbols);

    [Theory]
    [InlineData("c", nameof(ObservationStatus.Suppressed))]
    [InlineData("x", nameof(ObservationStatus.NotAvailable))]
    [InlineData("[x]", nameof(ObservationStatus.NotAvailable))]
    [InlineData("z", nameof(ObservationStatus.NotApplicable))]
    [InlineData("u", nameof(ObservationStatus.LowReliability))]
    [InlineData("low", nameof(ObservationStatus.RoundsToZero))]
    public void EesSymbol_IsAStatusWithNoValue(string cell, string status)
    {
        var value = ReadEes(cell);

        Assert.Null(value.Value);
        Assert.Equal(Enum.Parse<ObservationStatus>(status), value.Status);
        Assert.Equal(cell, value.SourceText);
    }

    [Theory]
    [InlineData("402400", 402400)]
    [InlineData("0", 0)]
    [InlineData("22.6", 22.6)]
    [InlineData("-7.0000000000000007E-2", -0.07)]
    public void Number_IsPublished(string cell, double expected)
    {
        var value = ReadEes(cell);

        Assert.Equal(ObservationStatus.Published, value.Status);
        Assert.Equal(expected, value.Value!.Value, 12);
    }

    [Theory]
    [InlineData("12a")]
    [InlineData("-")]
    [InlineData("NaN")]
    [InlineData("1,200")]
    public void NeitherNumberNorSymbol_FailsNamingTheCell(string cell)
    {
        var error = Assert.Throws<SourceDataException>(() => ReadEes($"\"{cell}\""));

        Assert.Equal(("t.csv", 2, "v"), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void EmptyCell_IsAnErrorNotZero()
    {
        var error = Assert.Throws<SourceDataException>(() =>
            PublishedValue.Read(CsvFile.Parse("v,w\n,1\n", "t.csv").Records[0], "v", PublishedValue.EesSymbols));

        Assert.Contains("empty", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LaitDash_IsNotAvailable()
    {
        var value = PublishedValue.Read(CsvFile.Parse("v\n-\n", "t.csv").Records[0], "v", PublishedValue.LaitSymbols);

        Assert.Equal((null, ObservationStatus.NotAvailable), (value.Value, value.Status));
    }
}
