using ChildServicesApi.Data.Import;

namespace ChildServicesApi.Tests.Data.Import;

/// <summary>The forms SIF reports print their dates in (each seen in ofsted/ofsted_sif_judgements_2013_2018_extracted.csv).</summary>
public sealed class InspectionDatesTests
{
    [Theory]
    [InlineData("29 April - 22 May 2014", "2014-04-29", "2014-05-22")]
    [InlineData("2 June 2014 - 25 June 2014", "2014-06-02", "2014-06-25")]
    [InlineData("24 April 2017 to 18 May 2017", "2017-04-24", "2017-05-18")]
    [InlineData("25 September to 19 October 2017", "2017-09-25", "2017-10-19")]
    [InlineData("28 January-5 February 2014", "2014-01-28", "2014-02-05")]
    [InlineData("18 Feb 2014 - 12 March 2014", "2014-02-18", "2014-03-12")]
    [InlineData("12/09/2016 to 06/10/2016 Report published: 25/11/2016", "2016-09-12", "2016-10-06")]
    [InlineData("4 June 2018-28 June 2018 Report Published: 17 August 2018", "2018-06-04", "2018-06-28")]
    [InlineData("16 December - 15 January 2015", "2014-12-16", "2015-01-15")]
    [InlineData("28 July 2016", "2016-07-28", "2016-07-28")]
    public void PrintedDates_GiveTheFirstAndLastDay(string text, string first, string last)
    {
        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)),
            InspectionDates.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("19 November-11 December 2013 and 28 - 30 January 2014")]
    [InlineData("22 May - 29 April 2014")]
    [InlineData("1 January - 30 June 2014")]
    [InlineData("31 February 2014 - 3 March 2014")]
    public void AnythingElse_IsNotAPairOfDates(string text)
    {
        Assert.Null(InspectionDates.Parse(text));
    }
}
