using ChildServicesApi.Data;
using ChildServicesApi.Domain;

namespace ChildServicesApi.Features.Spending;

/// <summary>A revenue outturn figure as answers show it, with what filters it.</summary>
internal sealed record HeldOutturnFigure(long Id, int GeographyId, OutturnFigureResponse Response);

/// <summary>
/// The revenue outturn held in memory for one data version (<see cref="StoreSnapshot.Part{T}"/>): every figure as its
/// response, in the order answers list them (year, then authority name, then store order: workbook, row, line,
/// measure), and by geography. About 13,000 figures.
/// </summary>
internal sealed class OutturnRecords
{
    private OutturnRecords(List<HeldOutturnFigure> figures)
    {
        Figures = figures;
        FiguresOf = figures.ToLookup(f => f.GeographyId);
        LatestYear = figures.Count == 0 ? null : figures.Max(f => f.Response.Year);
    }

    public IReadOnlyList<HeldOutturnFigure> Figures { get; }

    public ILookup<int, HeldOutturnFigure> FiguresOf { get; }

    public int? LatestYear { get; }

    public static OutturnRecords Of(StoreSnapshot data) => data.Part(Load);

    private static OutturnRecords Load(IServiceProvider services, StoreSnapshot data)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        string Once(string value) => text.TryGetValue(value, out var known) ? known : text[value] = value;
        var figures = db.OutturnFigures.OrderBy(f => f.Id)
            .Select(f => new { f.Id, f.GeographyId, f.Year, f.FinancialYear, f.Form, f.Line, f.LineReference, f.Label, f.Measure, f.Value, f.Status, f.SourceValue, f.SourceFileId, f.Sheet, f.SheetRow, f.Column })
            .AsEnumerable()
            .Select(f =>
            {
                var file = data.SourceFile(f.SourceFileId);
                var source = new OutturnSource(file.Publisher, file.Publication, file.Release, file.Path, Once(f.Sheet), f.SheetRow, Once(f.Column), f.SourceValue,
                    file.Url, Publication.Licence, Attribution);
                return new HeldOutturnFigure(f.Id, f.GeographyId, new OutturnFigureResponse(data.RefOf(f.GeographyId), f.Year, Once(f.FinancialYear), f.Form, f.Line,
                    Once(f.LineReference), Once(f.Label), f.Measure, f.Value, f.Status, source));
            })
            .OrderBy(f => f.Response.Year).ThenBy(f => f.Response.Geography.Name, StringComparer.Ordinal).ThenBy(f => f.Id)
            .ToList();
        return new OutturnRecords(figures);
    }

    /// <summary>What the Open Government Licence asks a reuser of these figures to say.</summary>
    public const string Attribution = "Contains public sector information from the Ministry of Housing, Communities and Local Government licensed under the Open Government Licence v3.0.";
}
