using System.IO.Compression;
using System.Text;
using ChildServicesApi.Data.Import;
using ChildServicesApi.Data.Import.Pipelines;
using ChildServicesApi.Features.Spending;
using ChildServicesApi.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>
/// RSX's children's social care line (330) and RO3's total (line 30) are the same return's total: they are checked
/// cell for cell, and every difference is listed in <see cref="ImportContext.OutturnDisagreements"/>.
/// </summary>
public sealed class RevenueOutturnPipelineTests(ITestOutputHelper output)
{
    private const string Rsx2023 = "revenue-outturn/RSX_2022-23_data_by_LA.ods";

    private static readonly Lazy<ImportContext> Context = new(() =>
    {
        var context = new ImportContext(SeededStore.SeedDirectory);
        context.AuthorityChanges.AddRange(AuthoritiesPipeline.Run(context));
        RevenueOutturnPipeline.Run(context);
        return context;
    });

    [Fact]
    public void RsxAndRo3Totals_AgreeForEveryAuthorityYearAndMeasure()
    {
        var context = Context.Value;
        foreach (var d in context.OutturnDisagreements)
        {
            output.WriteLine($"{d.Geography.Name} {d.Year} {d.Measure}: RSX {d.RsxCell} '{d.RsxValue}', RO3 {d.Ro3Cell} '{d.Ro3Value}'");
        }

        Assert.Empty(context.OutturnDisagreements);
        // 152 authorities in 2022-23, 153 in 2023-24 and 2024-25, each with both measures on both forms.
        Assert.Equal(2 * (152 + 153 + 153), context.OutturnFigures.Count(f => f.Line == OutturnLine.RsxChildrenSocialCare));
    }

    [Fact]
    public void ChangedRsxTotal_IsListedWithBothCells()
    {
        var context = new ImportContext(SeededStore.SeedDirectory);
        var barnet = Context.Value.OutturnFigures.Where(f => f.Geography.Slug == "barnet" && f.Year == 2023
            && f.Line is OutturnLine.RsxChildrenSocialCare or OutturnLine.TotalChildrenSocialCare && f.Measure == OutturnMeasure.NetCurrentExpenditure).ToList();
        context.OutturnFigures.AddRange(barnet.Select(f => f.Form == OutturnForm.Rsx
            ? new OutturnFigure
            {
                Geography = f.Geography, Year = f.Year, FinancialYear = f.FinancialYear, Form = f.Form, Line = f.Line, LineReference = f.LineReference, Label = f.Label,
                Measure = f.Measure, Value = 1, Status = f.Status, SourceValue = "81828", SourceFile = f.SourceFile, Sheet = f.Sheet, SheetRow = f.SheetRow, Column = f.Column,
            }
            : f));

        RevenueOutturnPipeline.CheckTotalsAgree(context);

        var disagreement = Assert.Single(context.OutturnDisagreements);
        Assert.Equal(("81828", "81827"), (disagreement.RsxValue, disagreement.Ro3Value));
        Assert.Equal($"{Rsx2023}, sheet RSX_LA_Data_2022-23, cell AB22", disagreement.RsxCell);
    }

    [Fact]
    public void ChangedHeader_FailsTheImportNamingTheCell()
    {
        using var seed = TempSeed.WithFiles();
        var original = File.ReadAllBytes(Path.Combine(SeededStore.SeedDirectory, Rsx2023));
        WriteWithContent(original, Path.Combine(seed.Directory, Rsx2023), content => content.Replace(
            "Children Social Care - <text:s/>Net Current Expenditure", "Children Social Care - <text:s/>Net Expenditure", StringComparison.Ordinal));

        var error = Assert.Throws<SourceDataException>(() => RevenueOutturnPipeline.Run(new ImportContext(seed.Directory)));

        Assert.Equal((Rsx2023, 11, "RSX_LA_Data_2022-23!AB"), (error.File, error.Line, error.Column));
        Assert.Contains("Net Current Expenditure (C7 = C3 - C6)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImplausibleAmount_FailsTheImportNamingTheCell_NotAnOverflow()
    {
        using var seed = TempSeed.CopyOfRealSeed();
        var original = File.ReadAllBytes(Path.Combine(SeededStore.SeedDirectory, Rsx2023));
        File.Delete(Path.Combine(seed.Directory, Rsx2023));
        // Barnet's 2022-23 total expenditure (row 22, column X) is the workbook's only 89239.
        WriteWithContent(original, Path.Combine(seed.Directory, Rsx2023), content => content.Replace(
            "office:value=\"89239\"", "office:value=\"7.9E+27\"", StringComparison.Ordinal));
        var context = new ImportContext(seed.Directory);
        AuthoritiesPipeline.Run(context);

        var error = Assert.Throws<SourceDataException>(() => RevenueOutturnPipeline.Run(context));

        Assert.Equal((Rsx2023, 22, "RSX_LA_Data_2022-23!X"), (error.File, error.Line, error.Column));
        Assert.Contains("not a plausible amount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NotASpreadsheet_FailsTheImport()
    {
        using var seed = TempSeed.WithFiles((Rsx2023, "E-code,ONS Code\n"));

        var error = Assert.Throws<SourceDataException>(() => RevenueOutturnPipeline.Run(new ImportContext(seed.Directory)));

        Assert.Equal((Rsx2023, 0), (error.File, error.Line));
    }

    /// <summary>A copy of an .ods with its content.xml rewritten, as a changed release would be.</summary>
    private static void WriteWithContent(byte[] original, string path, Func<string, string> change)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var source = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read);
        using var target = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            using var reader = entry.Open();
            using var copy = target.CreateEntry(entry.FullName).Open();
            if (entry.FullName == "content.xml")
            {
                var content = new StreamReader(reader, Encoding.UTF8).ReadToEnd();
                var changed = change(content);
                Assert.NotEqual(content, changed);
                copy.Write(Encoding.UTF8.GetBytes(changed));
            }
            else
            {
                reader.CopyTo(copy);
            }
        }
    }
}
