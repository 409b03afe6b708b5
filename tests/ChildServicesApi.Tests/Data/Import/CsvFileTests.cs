using ChildServicesApi.Data.Import;

namespace ChildServicesApi.Tests.Data.Import;

public sealed class CsvFileTests
{
    [Fact]
    public void QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var csv = CsvFile.Parse("name,note\r\n\"Bristol, City of\",\"said \"\"hi\"\"\"\r\n\"Two\nlines\",x\r\nlast,y", "t.csv");

        Assert.Equal(["name", "note"], csv.Header);
        Assert.Equal("Bristol, City of", csv.Records[0]["name"]);
        Assert.Equal("said \"hi\"", csv.Records[0]["note"]);
        Assert.Equal("Two\nlines", csv.Records[1]["name"]);
        Assert.Equal("y", csv.Records[2]["note"]);
    }

    /// <summary>A quote opens a quoted field only at a field's start; elsewhere it is text, as are characters after a closing quote.</summary>
    [Fact]
    public void QuotesInsideAField_AreText()
    {
        var csv = CsvFile.Parse("a,b,c\nsay \"hi\" there,\"q\"x,\"\"\ne\"\"\"\"\"\"\"\"\",,\r", "t.csv");

        Assert.Equal(["say \"hi\" there", "qx", ""], csv.Header.Select(c => csv.Records[0][c]));
        Assert.Equal(["e\"\"\"\"\"\"\"\"\"", "", ""], csv.Header.Select(c => csv.Records[1][c]));
        Assert.Equal(2, csv.Records.Count);
    }

    [Fact]
    public void Records_KnowThePhysicalLineTheyStartOn()
    {
        var csv = CsvFile.Parse("a,b\n1,\"x\ny\"\n\n2,z\n", "t.csv");

        Assert.Equal([2, 5], csv.Records.Select(r => r.Line));
    }

    [Fact]
    public void ByteOrderMarkAndPadding_AreNotPartOfTheHeader()
    {
        var csv = CsvFile.Parse("\uFEFFtime_period, la_name \n2025, Barnet \n", "t.csv");

        Assert.Equal("Barnet", csv.Records[0]["la_name"]);
        Assert.Equal("2025", csv.Records[0]["time_period"]);
    }

    [Fact]
    public void ShortRecord_ReadsMissingTrailingCellsAsEmpty()
    {
        var csv = CsvFile.Parse("a,b,c\n1,2\n", "t.csv");

        Assert.Equal("", csv.Records[0]["c"]);
    }

    [Fact]
    public void UnclosedQuote_FailsNamingTheLineWhereTheRecordStarts()
    {
        var error = Assert.Throws<SourceDataException>(() => CsvFile.Parse("a,b\n1,2\n3,\"open\n", "t.csv"));

        Assert.Equal(("t.csv", 3), (error.File, error.Line));
    }

    [Fact]
    public void MissingColumns_AreAllNamed()
    {
        var csv = CsvFile.Parse("a,b\n1,2\n", "t.csv");

        var error = Assert.Throws<SourceDataException>(() => csv.RequireColumns("a", "c", "d"));

        Assert.Equal(1, error.Line);
        Assert.Equal("c", error.Column);
        Assert.Contains("'c', 'd'", error.Message, StringComparison.Ordinal);
    }
}
