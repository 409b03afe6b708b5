using ChildServicesApi.Domain;
using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Inspections;
using ChildServicesApi.Features.Spending;
using ChildServicesApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Tests.Data;

/// <summary>The store as a whole: complete geography, lineage, inspections and spending, and no dangling references.</summary>
public sealed class StoreIntegrityTests
{
    public sealed class Authorities
    {
        [Fact]
        public void CurrentAuthorities_Are153WithRegionAndGssCode()
        {
            using var db = SeededStore.OpenReadOnly();

            var current = db.Geographies.Include(g => g.Region)
                .Where(g => g.Level == GeographyLevel.Authority && g.Status == AuthorityStatus.Current).ToList();

            Assert.Equal(153, current.Count);
            Assert.All(current, a =>
            {
                Assert.Matches("^E(06|08|09|10)[0-9]{6}$", a.GssCode);
                Assert.Matches("^[0-9]{3}$", a.LaCode);
                Assert.Equal(GeographyLevel.Region, a.Region!.Level);
                Assert.NotNull(a.AuthorityType);
                Assert.Null(a.ExistedTo);
            });
            Assert.Equal(current.Count, current.Select(a => a.Slug).Distinct().Count());
        }

        [Fact]
        public void EveryCurrentAuthority_IsInThe2025ChildrenInNeedTable()
        {
            // b1's 2025 rows list the 153 authorities of 2025; none may be missing or extra.
            var b1 = File.ReadLines(Path.Combine(SeededStore.SeedDirectory, "children-in-need/b1_children_in_need_2013_to_2025.csv"))
                .Select(l => l.Split(','))
                .Where(c => c[0] == "2025" && c[2] == "Local authority")
                .Select(c => c[8])
                .Order(StringComparer.Ordinal);
            using var db = SeededStore.OpenReadOnly();

            var current = db.Geographies.Where(g => g.Level == GeographyLevel.Authority && g.Status == AuthorityStatus.Current)
                .Select(g => g.GssCode!).ToList().Order(StringComparer.Ordinal);

            Assert.Equal(b1, current);
        }

        [Fact]
        public void RegionsAndEngland_AreGeographiesToo()
        {
            using var db = SeededStore.OpenReadOnly();

            var regions = db.Geographies.Where(g => g.Level == GeographyLevel.Region).Select(g => g.GssCode).Order().ToList();
            var london = db.Geographies.Where(g => g.Level == GeographyLevel.Subregion).Select(g => g.Region!.GssCode).Distinct().ToList();

            Assert.Equal(Enumerable.Range(1, 9).Select(i => $"E1200000{i}"), regions);
            Assert.Equal(["E12000007"], london);
            Assert.Single(db.Geographies, g => g.Level == GeographyLevel.National && g.GssCode == "E92000001");
        }

        [Fact]
        public void LondonBorough_HasLondonAsRegionAndInnerOrOuterAsSubregion()
        {
            using var db = SeededStore.OpenReadOnly();

            var barnet = db.Geographies.Include(g => g.Region).Include(g => g.Subregion).Single(g => g.GssCode == "E09000003");

            Assert.Equal(("302", "barnet", AuthorityType.LondonBorough), (barnet.LaCode, barnet.Slug, barnet.AuthorityType));
            Assert.Equal(("London", "Outer London"), (barnet.Region!.Name, barnet.Subregion!.Name));
        }
    }

    public sealed class Lineage
    {
        private static List<(string Predecessor, string Successor, DateOnly Date, AuthorityChangeKind Kind)> Changes()
        {
            using var db = SeededStore.OpenReadOnly();
            return db.AuthorityChanges
                .Select(c => new { P = c.Predecessor.Name + " " + (c.Predecessor.GssCode ?? c.Predecessor.LaCode), S = c.Successor.Name + " " + c.Successor.GssCode, c.EffectiveDate, c.Kind })
                .AsEnumerable()
                .Select(c => (c.P, c.S, c.EffectiveDate, c.Kind))
                .ToList();
        }

        [Fact]
        public void Northamptonshire_SplitIntoNorthAndWestIn2021()
        {
            var successors = Changes().Where(c => c.Predecessor == "Northamptonshire E10000021").ToList();

            Assert.Equal(
                [("Northamptonshire E10000021", "North Northamptonshire E06000061", new DateOnly(2021, 4, 1), AuthorityChangeKind.Split),
                 ("Northamptonshire E10000021", "West Northamptonshire E06000062", new DateOnly(2021, 4, 1), AuthorityChangeKind.Split)],
                successors.OrderBy(s => s.Successor));
        }

        [Theory]
        [InlineData("Bedfordshire 820", "Bedford E06000055", "2009-04-01", "Split")]
        [InlineData("Cheshire 875", "Cheshire West and Chester E06000050", "2009-04-01", "Split")]
        [InlineData("Poole E06000029", "Bournemouth, Christchurch and Poole E06000058", "2019-04-01", "Merger")]
        [InlineData("Dorset E10000009", "Dorset E06000059", "2019-04-01", "Split")]
        [InlineData("Cumbria E10000006", "Westmorland and Furness E06000064", "2023-04-01", "Split")]
        public void Reorganisation_IsRecorded(string predecessor, string successor, string date, string kind)
        {
            Assert.Contains((predecessor, successor, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Enum.Parse<AuthorityChangeKind>(kind)), Changes());
        }

        [Fact]
        public void AbolishedAuthority_EndsTheDayBeforeItsSuccessorsBegin()
        {
            using var db = SeededStore.OpenReadOnly();

            var changes = db.AuthorityChanges.Include(c => c.Predecessor).Include(c => c.Successor).ToList();

            // 2009 Bedfordshire and Cheshire (4 links), 2019 Dorset and BCP (4), 2021 Northamptonshire (2), 2023 Cumbria (2).
            Assert.Equal(12, changes.Count);
            Assert.All(changes, c =>
            {
                Assert.Equal(c.EffectiveDate.AddDays(-1), c.Predecessor.ExistedTo);
                Assert.Equal(c.EffectiveDate, c.Successor.ExistedFrom);
                Assert.Equal(AuthorityStatus.Abolished, c.Predecessor.Status);
            });
        }

        [Fact]
        public void SlugsOfAbolishedNamesakes_CarryTheirLastYear()
        {
            using var db = SeededStore.OpenReadOnly();

            var slugs = db.Geographies.Where(g => g.LaCode == "835" || g.LaCode == "838" || g.LaCode == "933").Select(g => g.Slug).Order().ToList();

            Assert.Equal(["dorset", "dorset-until-2019", "somerset"], slugs);
        }

        [Fact]
        public void NoPublishedFigure_SitsOnAnAuthorityThatDidNotExistAtTheEndOfItsPeriod()
        {
            // The 2023 and 2025 looked-after files back-date the unitary codes of Buckinghamshire, North Yorkshire and Somerset
            // (48 published figures, e.g. cla_number_and_rate_per_10k_children.csv under E06000065 for 2021-2023): they belong
            // to the one authority that had either code. Authorities that did not exist yet carry only z (not applicable).
            using var db = SeededStore.OpenReadOnly();
            var authorities = db.Geographies.Where(g => g.Level == GeographyLevel.Authority).ToDictionary(g => g.Id);
            var kinds = db.Indicators.ToDictionary(i => i.Id, i => i.PeriodKind);

            var misplaced = db.Observations.Where(o => o.Status == ObservationStatus.Published)
                .Select(o => new { o.GeographyId, o.IndicatorId, o.Year, o.SourceLine }).AsEnumerable()
                .Where(o => authorities.TryGetValue(o.GeographyId, out var a) && !a.ExistedOn(ChildServicesApi.Domain.Periods.End(kinds[o.IndicatorId], o.Year)))
                .Select(o => $"{authorities[o.GeographyId].Name} {o.IndicatorId} {o.Year} line {o.SourceLine}")
                .ToList();

            Assert.Empty(misplaced);
        }

        [Theory]
        [InlineData("825", "E10000002", "E06000060", "2020-03-31")]
        [InlineData("815", "E10000023", "E06000065", "2023-03-31")]
        [InlineData("933", "E10000027", "E06000066", "2023-03-31")]
        public void RecodedAuthority_IsOneGeographyWhoseFormerCodeEndsTheDayBeforeTheOrder(string laCode, string former, string current, string validTo)
        {
            using var db = SeededStore.OpenReadOnly();

            var authority = Assert.Single(db.Geographies.Where(g => g.LaCode == laCode).ToList());
            var alias = db.GssCodeAliases.Single(a => a.Code == former);

            Assert.Equal((current, (DateOnly?)null, (DateOnly?)null), (authority.GssCode, authority.ExistedFrom, authority.ExistedTo));
            Assert.Equal((authority.Id, DateOnly.Parse(validTo, System.Globalization.CultureInfo.InvariantCulture)), (alias.GeographyId, alias.ValidTo!.Value));
            Assert.DoesNotContain(db.AuthorityChanges, c => c.PredecessorId == authority.Id || c.SuccessorId == authority.Id);
        }
    }

    public sealed class Inspections
    {
        private static Inspection Single(string gssCode, InspectionFramework framework, string published)
        {
            using var db = SeededStore.OpenReadOnly();
            var date = DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
            return db.Inspections.Include(i => i.Judgements).Include(i => i.SourceFile)
                .Single(i => i.Geography.GssCode == gssCode && i.Framework == framework && i.PublicationDate == date);
        }

        [Fact]
        public void BarnetSif2017_IsInadequateWithItsSubJudgements()
        {
            // ofsted_la_inspections_history_2009_to_2023.csv line 3: first SIF published 2017-07-07.
            var sif = Single("E09000003", InspectionFramework.Sif, "2017-07-07");

            Assert.Equal(OfstedGrade.Inadequate, sif.OverallEffectiveness);
            Assert.Equal(("ofsted/ofsted_la_inspections_history_2009_to_2023.csv", 3), (sif.SourceFile.Path, sif.SourceLine));
            Assert.Equal(
                [("Children who need help and protection", OfstedGrade.Inadequate),
                 ("Children looked after and achieving permanence", OfstedGrade.Inadequate),
                 ("Adoption performance", OfstedGrade.RequiresImprovementToBeGood),
                 ("Experiences and progress of care leavers", OfstedGrade.RequiresImprovementToBeGood),
                 ("Leadership, management and governance", OfstedGrade.Inadequate),
                 ("Local Safeguarding Children Board: overall effectiveness", OfstedGrade.Inadequate)],
                sif.Judgements.OrderBy(j => j.Order).Select(j => (j.Name, j.Grade!.Value)));
        }

        [Fact]
        public void BarnetIlacs2024_HasDatesLinkAndCareLeaversJudgement()
        {
            // ofsted_ilacs_inspection_history_2018_to_2025-03.csv line 5.
            var ilacs = Single("E09000003", InspectionFramework.IlacsShort, "2024-07-23");

            Assert.Equal(new DateOnly(2024, 6, 10), ilacs.InspectionDate);
            Assert.Equal(OfstedGrade.Good, ilacs.OverallEffectiveness);
            Assert.Equal("https://reports.ofsted.gov.uk/provider/44/302", ilacs.WebLink);
            Assert.Equal(OfstedGrade.Outstanding, ilacs.Judgements.Single(j => j.Name == "The experiences and progress of children in care").Grade);
            Assert.Equal(4, ilacs.Judgements.Count);
        }

        [Fact]
        public void FocusedVisit_HasAThemeAndNoGrade()
        {
            // ofsted_in_year_inspections_2024-25.csv line 2: Barking and Dagenham, published 2025-04-29.
            var visit = Single("E09000002", InspectionFramework.IlacsFocusedVisit, "2025-04-29");

            Assert.Null(visit.OverallEffectiveness);
            Assert.Empty(visit.Judgements);
            Assert.Equal("Children in need/subject to a plan", visit.VisitTheme);
        }

        [Fact]
        public void EveryFramework_IsPresentInTheNumbersTheSheetsHold()
        {
            using var db = SeededStore.OpenReadOnly();

            // Ofsted's own sheets; the third-party compilation's ILACS reports after March 2025 are counted in CompilationInspectionsTests.
            var counts = db.Inspections.Where(i => i.Source == InspectionSource.Official).GroupBy(i => i.Framework).Select(g => new { g.Key, Count = g.Count() }).ToDictionary(g => g.Key, g => g.Count);

            // ILACS history: 171 standard + 100 short; in-year sheet: 36 focused + 24 monitoring visits.
            Assert.Equal(171, counts[InspectionFramework.IlacsStandard]);
            Assert.Equal(100, counts[InspectionFramework.IlacsShort]);
            Assert.Equal(36, counts[InspectionFramework.IlacsFocusedVisit]);
            Assert.Equal(24, counts[InspectionFramework.MonitoringVisit]);
            // 2009-2023 sheet: 152 first SIFs (156 rows less 4 blank) and 21 re-inspections.
            Assert.Equal(152, counts[InspectionFramework.Sif]);
            Assert.Equal(21, counts[InspectionFramework.SifReinspection]);
            Assert.Equal(152, counts[InspectionFramework.Slac]);
            Assert.Equal(50, counts[InspectionFramework.ChildProtection]);
            Assert.Equal(5, counts[InspectionFramework.TargetedLookedAfter]);
        }

        [Fact]
        public void PreRestructureDorset_SifBelongsToTheOldCounty()
        {
            using var db = SeededStore.OpenReadOnly();

            var sifs = db.Inspections.Where(i => i.Framework == InspectionFramework.Sif && i.Geography.Name == "Dorset")
                .Select(i => i.Geography.GssCode).ToList();

            Assert.Equal(["E10000009"], sifs);
        }
    }

    public sealed class Spending
    {
        private static SpendingLine Line(string gssOrLaCode, int year, SpendingCategory category, SpendingLineRole role)
        {
            using var db = SeededStore.OpenReadOnly();
            return db.SpendingLines.Include(l => l.SourceFile)
                .Single(l => (l.Geography.GssCode == gssOrLaCode || l.Geography.LaCode == gssOrLaCode) && l.Year == year && l.Category == category && l.Role == role);
        }

        [Fact]
        public void S251LineLevel_CategoryTotalsAndTheirDerivedSum()
        {
            // s251/outturn_1314.csv lines 521, 522, 526, 532: Barnet 2013-14 gross totals.
            var lookedAfter = Line("E09000003", 2014, SpendingCategory.ChildrenLookedAfter, SpendingLineRole.CategoryTotal);
            var other = Line("E09000003", 2014, SpendingCategory.OtherChildrensAndFamilyServices, SpendingLineRole.CategoryTotal);
            var safeguarding = Line("E09000003", 2014, SpendingCategory.Safeguarding, SpendingLineRole.CategoryTotal);
            var familySupport = Line("E09000003", 2014, SpendingCategory.FamilySupport, SpendingLineRole.CategoryTotal);
            var total = Line("E09000003", 2014, SpendingCategory.TotalChildrensSocialCare, SpendingLineRole.DerivedTotal);

            Assert.Equal((22989253d, 22676914d, "16", "Total Children Looked After", 521), (lookedAfter.GrossExpenditure, lookedAfter.NetCurrentExpenditure, lookedAfter.LineReference, lookedAfter.Label, lookedAfter.SourceLine));
            Assert.Equal((1697070d, "Other children's and families services"), (other.GrossExpenditure, other.Label));
            Assert.Equal(18099502d, safeguarding.GrossExpenditure);
            Assert.Equal(6475143d, familySupport.GrossExpenditure);
            Assert.Equal(22989253d + 1697070 + 18099502 + 6475143, total.GrossExpenditure);
            Assert.Equal("2013-14", total.FinancialYear);
        }

        [Fact]
        public void S251Components_TakeTheCategoryOfTheTotalClosingTheirBlock()
        {
            using var db = SeededStore.OpenReadOnly();

            // s251/outturn_1314.csv: Barnet lines 6 to 15 are the children looked after block.
            var block = db.SpendingLines.Where(l => l.Geography.GssCode == "E09000003" && l.Year == 2014 && l.Category == SpendingCategory.ChildrenLookedAfter && l.Role == SpendingLineRole.Component)
                .Select(l => l.LineReference).ToList();

            Assert.Equal(Enumerable.Range(6, 10).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), block.OrderBy(r => int.Parse(r!, System.Globalization.CultureInfo.InvariantCulture)));
        }

        [Fact]
        public void Bedfordshire2008To09_IsAnAuthorityOfItsOwn()
        {
            // s251/outturn_0809.csv line 3963: Bedfordshire Total Children Looked After, pence as published.
            var line = Line("820", 2009, SpendingCategory.ChildrenLookedAfter, SpendingLineRole.CategoryTotal);

            Assert.Equal(18694988.7, line.GrossExpenditure);
            Assert.Equal("2008-09", line.FinancialYear);
        }

        [Fact]
        public void LaitTotals_CoverEnglandFrom2015To16()
        {
            // lait_bds_long_csc_topics_2026-04-08.csv lines 13930 and 15290: England TotalLACFinance 2016-17 and 2024-25.
            Assert.Equal(4156704147d, Line("E92000001", 2017, SpendingCategory.ChildrenLookedAfter, SpendingLineRole.CategoryTotal).GrossExpenditure);
            Assert.Equal(8955421269d, Line("E92000001", 2025, SpendingCategory.ChildrenLookedAfter, SpendingLineRole.CategoryTotal).GrossExpenditure);
            // line 18350: England SafeguardingFinance 2024-25.
            Assert.Equal(3586900940d, Line("E92000001", 2025, SpendingCategory.Safeguarding, SpendingLineRole.CategoryTotal).GrossExpenditure);
        }

        [Fact]
        public void Years_Run2008To09Through2024To25Without2014To15()
        {
            using var db = SeededStore.OpenReadOnly();

            var years = db.SpendingLines.Where(l => l.Role == SpendingLineRole.CategoryTotal).Select(l => l.Year).Distinct().Order().ToList();

            Assert.Equal(Enumerable.Range(2009, 17).Where(y => y != 2015), years);
        }
    }

    public sealed class References
    {
        [Fact]
        public void EveryObservation_HasAKnownIndicatorGeographyAndSourceFile()
        {
            using var db = SeededStore.OpenReadOnly();

            var dangling = db.Database.SqlQueryRaw<int>("""
                SELECT COUNT(*) AS "Value" FROM "Observations" o
                WHERE NOT EXISTS (SELECT 1 FROM "Indicators" i WHERE i."Id" = o."IndicatorId")
                   OR NOT EXISTS (SELECT 1 FROM "Geographies" g WHERE g."Id" = o."GeographyId")
                   OR NOT EXISTS (SELECT 1 FROM "SourceFiles" f WHERE f."Id" = o."SourceFileId")
                """).Single();

            Assert.Equal(0, dangling);
            Assert.True(db.Observations.Count() > 150_000);
        }

        [Fact]
        public void ForeignKeyCheck_FindsNothing()
        {
            using var db = SeededStore.OpenReadOnly();

            var violations = db.Database.SqlQueryRaw<string>("SELECT \"table\" AS \"Value\" FROM pragma_foreign_key_check").ToList();

            Assert.Empty(violations);
        }

        [Theory]
        [InlineData("children-in-need")]
        [InlineData("referrals")]
        [InlineData("section-47-enquiries")]
        [InlineData("child-protection-plans")]
        [InlineData("children-looked-after")]
        [InlineData("population-0-17")]
        public void RequiredIndicator_ExistsWithItsSource(string id)
        {
            using var db = SeededStore.OpenReadOnly();

            var indicator = db.Indicators.Single(i => i.Id == id);

            Assert.Equal("Open Government Licence v3.0", indicator.Licence);
            Assert.False(string.IsNullOrWhiteSpace(indicator.SourceTable));
            Assert.StartsWith("https://", indicator.SourceUrl, StringComparison.Ordinal);
        }

        [Fact]
        public void NoPublishedObservation_LacksAValue_AndNoOtherHasOne()
        {
            using var db = SeededStore.OpenReadOnly();

            Assert.False(db.Observations.Any(o => (o.Status == ObservationStatus.Published) != (o.Value != null)));
        }
    }
}
