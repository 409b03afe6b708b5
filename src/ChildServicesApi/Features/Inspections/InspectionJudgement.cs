namespace ChildServicesApi.Features.Inspections;

/// <summary>A named judgement within an inspection, e.g. "The experiences and progress of children in care".</summary>
internal sealed class InspectionJudgement
{
    public int Id { get; set; }
    public int InspectionId { get; set; }
    /// <summary>Position in the report's judgement table.</summary>
    public int Order { get; set; }
    /// <summary>The judgement's name as Ofsted's table heads it.</summary>
    public required string Name { get; set; }
    /// <summary>Null where Ofsted recorded "-" (not judged).</summary>
    public OfstedGrade? Grade { get; set; }
    /// <summary>The cell as published.</summary>
    public required string SourceValue { get; set; }
}
