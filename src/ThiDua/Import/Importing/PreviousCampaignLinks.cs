using ThiDua.Campaigns;
using ThiDua.PreviousYear;

namespace ThiDua.Import.Importing;

/// <summary>
/// campaigns.csv's <c>previous</c> links, checked once the whole file is read: a row may name a campaign defined further
/// down. Checked against the stored campaigns as the file leaves them, so a file moving a stored campaign's start is
/// refused when a stored link would then point to a later campaign.
/// </summary>
internal sealed class PreviousCampaignLinks
{
    private readonly Dictionary<string, (int Line, Campaign Campaign)> _rows = new(StringComparer.Ordinal);

    public void Add(int line, Campaign campaign) => _rows.TryAdd(campaign.Code, (line, campaign));

    public void Check(ImportContext context)
    {
        var all = new Dictionary<string, Campaign>(context.State.Campaigns, StringComparer.Ordinal);
        foreach (var (code, row) in _rows) all[code] = row.Campaign;
        foreach (var (_, (line, campaign)) in _rows)
            if (PreviousCampaigns.Problem(campaign, all) is { } problem)
                context.Error(line, "previous", campaign.Previous, problem.Vi, problem.En);
        // A stored campaign naming one this file moves is not in the file: the error goes on the moved campaign's row.
        foreach (var stored in context.State.Campaigns.Values.Where(c => !_rows.ContainsKey(c.Code) && c.Previous is { } p && _rows.ContainsKey(p)))
            if (PreviousCampaigns.Problem(stored, all) is { } problem)
                context.Error(_rows[stored.Previous!].Line, "start", _rows[stored.Previous!].Campaign.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    $"Phong trào {stored.Code} đã nhập ghi {stored.Previous} là phong trào năm trước: {problem.Vi}",
                    $"The stored campaign {stored.Code} names {stored.Previous} as its previous campaign: {problem.En}");
    }
}
