using ThiDua.Import.Parsing;

namespace ThiDua.Tests.Documents;

/// <summary>
/// <see cref="DecidedSeedDatabase"/> with the council's ballot recorded on one proposal of BK2021-BAUCU: the Giấy khen
/// (cá nhân) for <see cref="Voted"/>, approved by 9 of the council's 11 members (the form requires no share).
/// </summary>
public sealed class VotedSeedDatabase : DecidedSeedDatabase
{
    public const string Voted = "BK-TTBCXB-01";
    public const string VotedForm = "BK21-GK-CN";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var runtime = await OpenRuntimeAsync();
        var voted = await ImportAsync(runtime, ImportKind.AwardDecisions, $"""
            campaign;form;unit;decision;reference;date;note;votes_for;council_members
            {Campaign};{VotedForm};{Voted};approved;112/QĐ-STTTT;2021-06-04;;9;11
            """);
        if (!voted.Accepted || voted.Changed != 1) throw new InvalidOperationException(string.Join("; ", voted.Errors));
    }
}
