using System.Globalization;
using System.Text.RegularExpressions;

namespace ChildServicesApi.Data.Import;

/// <summary>
/// Reads an inspection's dates as a report prints them: "29 April - 22 May 2014", "2 June 2014 - 25 June 2014",
/// "24 April 2017 to 18 May 2017", "18 Feb 2014 - 12 March 2014", "12/09/2016 to 06/10/2016" (day first). The first day
/// takes its month and year from the last where the text leaves them out. Anything else is not a pair of dates.
/// </summary>
internal static partial class InspectionDates
{
    public static (DateOnly First, DateOnly Last)? Parse(string text)
    {
        // "12/09/2016 to 06/10/2016 Report published: 25/11/2016": the dates before the note, written out.
        var dates = Note().Replace(text, "").Trim();
        dates = Numeric().Replace(dates, m => new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture)).ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        if (Date(dates) is { } day)
        {
            return (day, day); // a one-day visit: "28 July 2016"
        }
        var match = Range().Match(dates);
        if (!match.Success)
        {
            return null;
        }
        var lastYear = match.Groups["y2"].Value;
        var lastMonth = match.Groups["m2"].Value;
        var firstMonth = match.Groups["m1"].Success ? match.Groups["m1"].Value : lastMonth;
        var firstYear = match.Groups["y1"].Success ? match.Groups["y1"].Value : lastYear;
        if (Date(match.Groups["d1"].Value, firstMonth, firstYear) is not { } first || Date(match.Groups["d2"].Value, lastMonth, lastYear) is not { } last)
        {
            return null;
        }
        if (!match.Groups["y1"].Success && first > last)
        {
            first = first.AddYears(-1); // "16 December - 15 January 2015"
        }
        return first <= last && last.DayNumber - first.DayNumber <= 60 ? (first, last) : null;
    }

    private static DateOnly? Date(string day, string month, string year) => Date($"{int.Parse(day, CultureInfo.InvariantCulture)} {month} {year}");

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, ["d MMMM yyyy", "d MMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    [GeneratedRegex(@"\s*Report\s+published.*$", RegexOptions.IgnoreCase)]
    private static partial Regex Note();

    [GeneratedRegex(@"\b(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"^(?<d1>\d{1,2})(?:\s+(?<m1>[A-Za-z]+))?(?:\s+(?<y1>\d{4}))?\s*(?:-|–|─|to)\s*(?<d2>\d{1,2})\s+(?<m2>[A-Za-z]+)\s+(?<y2>\d{4})$")]
    private static partial Regex Range();
}
