namespace ChildServicesApi.Features.Authorities;

/// <summary>Membership of an authority in a reporting group.</summary>
internal sealed class AuthorityGroupMember
{
    public int GroupId { get; set; }
    public Geography Group { get; set; } = null!;
    public int MemberId { get; set; }
    public Geography Member { get; set; } = null!;
}
