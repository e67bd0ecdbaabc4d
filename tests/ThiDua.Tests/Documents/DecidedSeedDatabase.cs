using ThiDua.Awards;
using ThiDua.Cli.Serving;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Documents;

/// <summary>
/// The seed as the demo loads it — closed through the last months, the council's decisions recorded — and, for
/// BK2021-BAUCU, two more decisions made later: the collective BK-VP's proposal rejected, and the first candidate over
/// its form's quota approved, so the dossier meets each kind of decision.
/// </summary>
public class DecidedSeedDatabase : ProductDatabase
{
    public const string Campaign = "BK2021-BAUCU";
    public const string Rejected = "BK-VP";
    public const string LateAct = "999/QĐ-STTTT";

    /// <summary>The candidate over the quota approved afterwards (form, unit).</summary>
    public (string Form, string Unit) OverQuotaApproved { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var runtime = await OpenRuntimeAsync();
        var loaded = await SeedData.ImportAsync(runtime, SeedFiles.Directory, CancellationToken.None);
        if (loaded.FirstOrDefault(o => !o.Accepted) is { } refused) throw new InvalidOperationException($"{refused.File}: {string.Join("; ", refused.Errors)}");
        var rows = (await runtime.Analytics.AwardsAsync(Campaign, null)).Rows;
        // Preferably a unit with no other proposal, so only the approval can give it a báo cáo thành tích.
        var over = rows.Where(r => r.Status == AwardStatus.EligibleOverQuota)
            .OrderBy(r => rows.Any(o => o.Unit == r.Unit && o.Status is AwardStatus.Proposed or AwardStatus.TieAtQuota)).First();
        OverQuotaApproved = (over.Form, over.Unit);
        var later = await ImportAsync(runtime, ImportKind.AwardDecisions, $"""
            campaign;form;unit;decision;reference;date;note
            {Campaign};BK21-GK-TT;{Rejected};rejected;;2021-06-10;Xét lại: không đồng ý
            {Campaign};{over.Form};{over.Unit};approved;{LateAct};2021-06-10;Hội đồng xét thêm ngoài số lượng
            """);
        if (!later.Accepted) throw new InvalidOperationException(string.Join("; ", later.Errors));
    }
}
