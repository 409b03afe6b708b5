using ChildServicesApi.Features.Authorities;
using ChildServicesApi.Features.Boundaries;
using ChildServicesApi.Features.Indicators;
using ChildServicesApi.Features.Inspections;
using ChildServicesApi.Features.Meta;
using ChildServicesApi.Features.Neighbours;
using ChildServicesApi.Features.Spending;
using Microsoft.EntityFrameworkCore;

namespace ChildServicesApi.Data;

/// <summary>The store: built by the importer only, read by the API.</summary>
internal sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Geography> Geographies => Set<Geography>();
    public DbSet<AuthorityChange> AuthorityChanges => Set<AuthorityChange>();
    public DbSet<GssCodeAlias> GssCodeAliases => Set<GssCodeAlias>();
    public DbSet<AuthorityGroupMember> AuthorityGroupMembers => Set<AuthorityGroupMember>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<InspectionJudgement> InspectionJudgements => Set<InspectionJudgement>();
    public DbSet<SpendingLine> SpendingLines => Set<SpendingLine>();
    public DbSet<OutturnFigure> OutturnFigures => Set<OutturnFigure>();
    public DbSet<Features.SchoolOutcomes.SchoolOutcome> SchoolOutcomes => Set<Features.SchoolOutcomes.SchoolOutcome>();
    public DbSet<Features.SchoolOutcomes.SchoolOutcomeFigure> SchoolOutcomeFigures => Set<Features.SchoolOutcomes.SchoolOutcomeFigure>();
    public DbSet<Features.OtherMeasures.OtherMeasure> OtherMeasures => Set<Features.OtherMeasures.OtherMeasure>();
    public DbSet<Features.OtherMeasures.OtherMeasureFigure> OtherMeasureFigures => Set<Features.OtherMeasures.OtherMeasureFigure>();
    public DbSet<StatisticalNeighbour> StatisticalNeighbours => Set<StatisticalNeighbour>();
    public DbSet<Derivation> Derivations => Set<Derivation>();
    public DbSet<DerivationLeftOut> DerivationsLeftOut => Set<DerivationLeftOut>();
    public DbSet<Features.Statistics.CoverageEntry> Coverage => Set<Features.Statistics.CoverageEntry>();
    public DbSet<Features.Inspections.OfficialJudgement> OfficialJudgements => Set<Features.Inspections.OfficialJudgement>();
    public DbSet<Boundary> Boundaries => Set<Boundary>();
    public DbSet<SourceFile> SourceFiles => Set<SourceFile>();
    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads on its own and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Geography>(geography =>
        {
            geography.HasIndex(g => g.GssCode).IsUnique();
            geography.HasIndex(g => g.Slug).IsUnique();
            geography.HasIndex(g => g.LaCode);
            geography.HasOne(g => g.Region).WithMany().HasForeignKey(g => g.RegionId).OnDelete(DeleteBehavior.Restrict);
            geography.HasOne(g => g.Subregion).WithMany().HasForeignKey(g => g.SubregionId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AuthorityChange>(change =>
        {
            change.HasOne(c => c.Predecessor).WithMany().HasForeignKey(c => c.PredecessorId).OnDelete(DeleteBehavior.Restrict);
            change.HasOne(c => c.Successor).WithMany().HasForeignKey(c => c.SuccessorId).OnDelete(DeleteBehavior.Restrict);
            change.HasIndex(c => new { c.PredecessorId, c.SuccessorId }).IsUnique();
        });
        modelBuilder.Entity<GssCodeAlias>().HasKey(f => f.Code);
        modelBuilder.Entity<AuthorityGroupMember>(member =>
        {
            member.HasKey(m => new { m.GroupId, m.MemberId });
            member.HasOne(m => m.Group).WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Restrict);
            member.HasOne(m => m.Member).WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Observation>(observation =>
        {
            observation.HasIndex(o => new { o.IndicatorId, o.Year, o.GeographyId });
            // Also serves one geography's time series for an indicator.
            observation.HasIndex(o => new { o.IndicatorId, o.GeographyId, o.Year, o.SourceFileId }).IsUnique();
        });
        modelBuilder.Entity<Inspection>(inspection =>
        {
            inspection.HasIndex(i => new { i.GeographyId, i.PublicationDate });
            inspection.HasMany(i => i.Judgements).WithOne().HasForeignKey(j => j.InspectionId);
        });
        modelBuilder.Entity<SpendingLine>(line =>
        {
            line.HasIndex(l => new { l.GeographyId, l.Year, l.Category });
            line.HasIndex(l => new { l.Year, l.Category, l.Role });
        });
        modelBuilder.Entity<OutturnFigure>(figure =>
        {
            figure.HasIndex(f => new { f.GeographyId, f.Year, f.Line, f.Measure }).IsUnique();
            figure.HasIndex(f => new { f.Year, f.Line, f.Measure });
        });
        modelBuilder.Entity<Features.SchoolOutcomes.SchoolOutcomeFigure>(figure =>
        {
            figure.HasIndex(f => new { f.OutcomeId, f.Year, f.GeographyId }).IsUnique();
            figure.HasOne<Features.SchoolOutcomes.SchoolOutcome>().WithMany().HasForeignKey(f => f.OutcomeId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Features.OtherMeasures.OtherMeasureFigure>(figure =>
        {
            figure.HasIndex(f => new { f.MeasureId, f.Year, f.GeographyId }).IsUnique();
            figure.HasOne<Features.OtherMeasures.OtherMeasure>().WithMany().HasForeignKey(f => f.MeasureId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<StatisticalNeighbour>(neighbour =>
        {
            neighbour.HasOne(n => n.Authority).WithMany().HasForeignKey(n => n.AuthorityId).OnDelete(DeleteBehavior.Restrict);
            neighbour.HasOne(n => n.Neighbour).WithMany().HasForeignKey(n => n.NeighbourId).OnDelete(DeleteBehavior.Restrict);
            neighbour.HasIndex(n => new { n.AuthorityId, n.ModelYear, n.Rank }).IsUnique();
        });
        modelBuilder.Entity<Derivation>(derivation =>
        {
            derivation.HasOne(d => d.NumeratorSourceFile).WithMany().HasForeignKey(d => d.NumeratorSourceFileId).OnDelete(DeleteBehavior.Restrict);
            derivation.HasOne(d => d.DenominatorSourceFile).WithMany().HasForeignKey(d => d.DenominatorSourceFileId).OnDelete(DeleteBehavior.Restrict);
            derivation.HasIndex(d => new { d.IndicatorId, d.Year, d.GeographyId }).IsUnique();
            derivation.Property(d => d.Id).ValueGeneratedNever();
            derivation.HasMany(d => d.LeftOut).WithOne(l => l.Derivation).HasForeignKey(l => l.DerivationId);
        });
        modelBuilder.Entity<DerivationLeftOut>(leftOut =>
        {
            leftOut.ToTable("DerivationsLeftOut");
            leftOut.HasOne(l => l.Authority).WithMany().HasForeignKey(l => l.AuthorityId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SourceFile>().HasIndex(f => f.Path).IsUnique();
        modelBuilder.Entity<Features.Statistics.CoverageEntry>(coverage =>
        {
            coverage.ToTable("Coverage");
            coverage.HasIndex(c => new { c.IndicatorId, c.Year }).IsUnique();
        });
        modelBuilder.Entity<Features.Inspections.OfficialJudgement>().HasIndex(j => new { j.AsAt, j.GeographyId }).IsUnique();
        modelBuilder.Entity<Boundary>(boundary =>
        {
            boundary.HasIndex(b => b.GeographyId).IsUnique();
            boundary.HasOne(b => b.SourceFile).WithMany().HasForeignKey(b => b.SourceFileId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ImportRecord>().HasMany(r => r.TableCounts).WithOne().HasForeignKey(c => c.ImportRecordId);
    }
}
