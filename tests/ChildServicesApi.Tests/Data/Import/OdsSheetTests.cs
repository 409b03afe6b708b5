using System.IO.Compression;
using System.Text;
using ChildServicesApi.Data.Import;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>
/// The spreadsheet reader on a small hand-written workbook: rows and columns where a spreadsheet shows them, repeats
/// counted, a cell's comment left out without losing the cells after it, the number a cell holds rather than its text.
/// </summary>
public sealed class OdsSheetTests
{
    private const string Content = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
          xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
          <office:body><office:spreadsheet>
            <table:table table:name="Notes"><table:table-row><table:table-cell><text:p>not this sheet</text:p></table:table-cell></table:table-row></table:table>
            <table:table table:name="Data">
              <table:table-column table:number-columns-repeated="3"/>
              <table:table-row><table:table-cell><text:p>Code</text:p></table:table-cell><table:table-cell><text:p>Total<text:s text:c="2"/>spend</text:p></table:table-cell></table:table-row>
              <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="4"/></table:table-row>
              <table:table-header-rows>
                <table:table-row>
                  <table:table-cell office:value-type="float" office:value="1247.5"><office:annotation><text:p>a comment</text:p></office:annotation><text:p>1,247.5</text:p></table:table-cell>
                  <table:table-cell table:number-columns-repeated="2"/>
                  <table:table-cell><office:annotation><text:p>comment last in its cell</text:p></office:annotation></table:table-cell>
                  <table:table-cell><text:p>[x]</text:p></table:table-cell>
                </table:table-row>
              </table:table-header-rows>
              <table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2"><text:p>same</text:p></table:table-cell></table:table-row>
              <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
            </table:table>
            <table:table table:name="After"><table:table-row><table:table-cell><text:p>nor this</text:p></table:table-cell></table:table-row></table:table>
          </office:spreadsheet></office:body>
        </office:document-content>
        """;

    private static byte[] Workbook(string content)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("content.xml").Open();
            entry.Write(Encoding.UTF8.GetBytes(content));
        }
        return buffer.ToArray();
    }

    [Fact]
    public void RowsAndColumns_AreNumberedAsASpreadsheetShowsThem_WithRepeatsCountedAndCommentsLeftOut()
    {
        var sheet = OdsSheet.Read(Workbook(Content), "test.ods", "Data");

        Assert.Equal([1, 4, 5, 6], sheet.Rows.Select(r => r.Number));
        Assert.Equal(("Code", "Total  spend"), (sheet.Row(1)[0].Text, sheet.Row(1)[1].Text));
        var figures = sheet.Row(4);
        Assert.Equal(("1247.5", "1,247.5"), (figures[0].Value, figures[0].Text));
        Assert.True(figures[1].IsEmpty && figures[2].IsEmpty && figures[3].IsEmpty);
        Assert.Equal("[x]", figures[4].Published);
        Assert.Equal(5, figures.Cells.Count);
        Assert.Equal(["same", "same"], sheet.Row(5).Cells.Select(c => c.Text));
        Assert.Equal(sheet.Row(5).Cells, sheet.Row(6).Cells);
        Assert.Empty(sheet.Row(2).Cells);
    }

    /// <summary>
    /// Reading only the first columns: cells after them are not kept (a repeated cell is cut at the edge), and the rows
    /// are numbered as in the whole sheet. A row filled only after them is still a row, with nothing in its kept
    /// columns, so a table read down to its first empty first column ends there, as it would on the whole sheet.
    /// </summary>
    [Fact]
    public void FirstColumnsOnly_KeepsThoseAndNumbersRowsAsTheWholeSheet()
    {
        var sheet = OdsSheet.Read(Workbook(Content), "test.ods", "Data", columns: 1);

        Assert.Equal([1, 4, 5, 6], sheet.Rows.Select(r => r.Number));
        Assert.Equal(["Code"], sheet.Row(1).Cells.Select(c => c.Text));
        Assert.Equal(["1247.5"], sheet.Row(4).Cells.Select(c => c.Value));
        Assert.Equal(["same"], sheet.Row(5).Cells.Select(c => c.Text));

        var wide = OdsSheet.Read(Sheet(
            "<table:table-row><table:table-cell><text:p>first</text:p></table:table-cell></table:table-row>"
            + "<table:table-row><table:table-cell/><table:table-cell table:number-columns-repeated=\"3\"/><table:table-cell><office:annotation><text:p>a comment</text:p></office:annotation></table:table-cell><table:table-cell><text:p>past the edge</text:p></table:table-cell></table:table-row>"
            + "<table:table-row><table:table-cell/><table:table-cell table:number-columns-repeated=\"5\"/></table:table-row>"
            + "<table:table-row><table:table-cell><text:p>after the gap</text:p></table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"7\"/></table:table-row>"),
            "test.ods", "Data", columns: 1);
        Assert.Equal([1, 2, 4], wide.Rows.Select(r => r.Number));
        Assert.Empty(wide.Row(2).Cells);
        Assert.Equal(["first"], wide.Rows.TakeWhile(r => !r[0].IsEmpty).Select(r => r[0].Text));
        Assert.Equal(["after the gap"], wide.Row(4).Cells.Select(c => c.Text));
        Assert.Throws<ArgumentOutOfRangeException>(() => OdsSheet.Read(Workbook(Content), "test.ods", "Data", columns: 0));
    }

    /// <summary>A cell's text as a spreadsheet shows it: paragraphs on lines of their own, tabs, line breaks and runs of spaces kept.</summary>
    [Fact]
    public void CellText_JoinsParagraphsAndKeepsTabsBreaksAndSpaces()
    {
        var sheet = OdsSheet.Read(Sheet(
            "<table:table-row><table:table-cell><text:p>one<text:tab/>two</text:p><text:p>three<text:line-break/>four<text:s text:c=\"3\"/>five</text:p></table:table-cell>"
            + "<table:table-cell><text:p/><text:p>second paragraph only</text:p></table:table-cell></table:table-row>"), "test.ods", "Data");

        Assert.Equal(["one\ttwo\nthree\nfour   five", "\nsecond paragraph only"], sheet.Row(1).Cells.Select(c => c.Text));
    }

    /// <summary>The importer cancels the parses running beside its pipelines when one of them fails: a parse stops at its next row.</summary>
    [Fact]
    public void CancelledParse_StopsWithoutReadingTheSheet()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => OdsSheet.Read(Workbook(Content), "test.ods", "Data", ct: cancelled.Token));
    }

    [Fact]
    public void OtherSheets_AreNotRead_AndAMissingSheetNamesThoseThereAre()
    {
        Assert.Equal("nor this", Assert.Single(OdsSheet.Read(Workbook(Content), "test.ods", "After").Rows)[0].Text);

        var error = Assert.Throws<SourceDataException>(() => OdsSheet.Read(Workbook(Content), "test.ods", "Missing"));
        Assert.Contains("Notes, Data, After", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFilledRowRepeatedWithoutEnd_IsRefused()
    {
        var hostile = Content.Replace("""<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2">""",
            """<table:table-row table:number-rows-repeated="900000"><table:table-cell table:number-columns-repeated="2">""", StringComparison.Ordinal);

        var error = Assert.Throws<SourceDataException>(() => OdsSheet.Read(Workbook(hostile), "test.ods", "Data"));
        Assert.Contains("repeated 900000 times", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A workbook whose sheet "Data" holds <paramref name="rows"/> (table-row elements).</summary>
    private static byte[] Sheet(string rows) => Workbook($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
          xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
          <office:body><office:spreadsheet><table:table table:name="Data">{rows}</table:table></office:spreadsheet></office:body>
        </office:document-content>
        """);

    private const string Filled = """<table:table-cell office:value-type="float" office:value="1"/>""";

    [Theory]
    // Many small repeats, each under the per-row cap, adding up to more filled cells than a sheet may keep.
    [InlineData(25, "<table:table-row table:number-rows-repeated=\"20000\"><table:table-cell table:number-columns-repeated=\"10\" office:value-type=\"float\" office:value=\"1\"/></table:table-row>", "filled cells")]
    // Fewer cells, but rows past a spreadsheet's last.
    [InlineData(60, "<table:table-row table:number-rows-repeated=\"20000\">" + Filled + "</table:table-row>", "past row")]
    // An empty row repeated past the int range, then a filled row: its number would overflow.
    [InlineData(3, "<table:table-row table:number-rows-repeated=\"2147483647\"><table:table-cell/></table:table-row>", "past row")]
    // Empty cells repeated past the int range before a filled one.
    [InlineData(1, "<table:table-row><table:table-cell table:number-columns-repeated=\"2147483647\"/><table:table-cell table:number-columns-repeated=\"2147483647\"/>" + Filled + "</table:table-row>", "past column")]
    public void RepeatsAddingUpPastASpreadsheetsLimits_AreRefusedNotKept(int copies, string rows, string message)
    {
        var content = string.Concat(Enumerable.Repeat(rows, copies)) + "<table:table-row>" + Filled + "</table:table-row>";

        var error = Assert.Throws<SourceDataException>(() => OdsSheet.Read(Sheet(content), "test.ods", "Data"));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedXml_IsASourceError_NotACrash()
    {
        var error = Assert.Throws<SourceDataException>(() => OdsSheet.Read(Sheet("<table:table-row><table:table-cell>"), "test.ods", "Data"));

        Assert.Equal(("test.ods", 0), (error.File, error.Line));
        Assert.Contains("content.xml cannot be read", error.Message, StringComparison.Ordinal);
    }
}
