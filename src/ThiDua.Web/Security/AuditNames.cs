using Npgsql;
using ThiDua.Indicators;
using ThiDua.Registry;
using ThiDua.Security;

namespace ThiDua.Web.Security;

/// <summary>
/// The names the audit shows instead of codes and stream ids: campaigns, units, and the indicators of the
/// campaigns on the page with their award forms (read once per page, not per row). A code no longer defined is shown
/// as the code.
/// </summary>
public sealed class AuditNames
{
    private readonly Dictionary<string, string> _campaigns;
    private readonly Dictionary<string, string> _units;
    private readonly Dictionary<string, IReadOnlyList<Indicator>> _indicators;
    private readonly Dictionary<(string Campaign, string Form), string> _forms;

    private AuditNames(Dictionary<string, string> campaigns, Dictionary<string, string> units, Dictionary<string, IReadOnlyList<Indicator>> indicators,
        Dictionary<(string, string), string> forms) =>
        (_campaigns, _units, _indicators, _forms) = (campaigns, units, indicators, forms);

    public IReadOnlyDictionary<string, string> Campaigns => _campaigns;

    public IReadOnlyDictionary<string, string> Units => _units;

    /// <summary>The names for these entries: their campaigns' (and <paramref name="campaign"/>'s, when one is asked for).</summary>
    public static Task<AuditNames> LoadAsync(NpgsqlDataSource dataSource, IEnumerable<AuditEntry> entries, string? campaign, CancellationToken ct) =>
        LoadAsync(dataSource, entries.Select(e => CampaignOf(e.StreamId)).Append(campaign).OfType<string>(), ct);

    public static async Task<AuditNames> LoadAsync(NpgsqlDataSource dataSource, IEnumerable<string> campaigns, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        var indicators = new Dictionary<string, IReadOnlyList<Indicator>>(StringComparer.Ordinal);
        var forms = new Dictionary<(string, string), string>();
        foreach (var c in campaigns.Distinct(StringComparer.Ordinal))
        {
            indicators[c] = await RegistryQueries.IndicatorsAsync(conn, c, ct);
            foreach (var f in await RegistryQueries.AwardFormsAsync(conn, c, ct)) forms[(c, f.Code)] = f.Name;
        }
        return new AuditNames(
            (await RegistryQueries.CampaignsAsync(conn, ct)).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal),
            (await RegistryQueries.UnitsAsync(conn, ct)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal),
            indicators, forms);
    }

    public IReadOnlyList<Indicator> IndicatorsOf(string? campaign) =>
        campaign is not null && _indicators.TryGetValue(campaign, out var list) ? list : [];

    public string Campaign(string code) => _campaigns.GetValueOrDefault(code, code);

    public string Unit(string code) => _units.GetValueOrDefault(code, code);

    public string Indicator(string campaign, string code) =>
        IndicatorsOf(campaign).FirstOrDefault(i => i.Code == code)?.Name ?? code;

    /// <summary>An award form's name ("Giấy khen của Giám đốc Sở (tập thể)"), or its code when not defined.</summary>
    public string Form(string campaign, string code) => _forms.GetValueOrDefault((campaign, code), code);

    /// <summary>The campaign a stream belongs to (<c>campaign-{C}/…</c>), or null for a unit's own stream.</summary>
    public static string? CampaignOf(string streamId) =>
        streamId.StartsWith("campaign-", StringComparison.Ordinal) && streamId.IndexOf('/', StringComparison.Ordinal) is var slash and > 9
            ? streamId[9..slash] : null;
}
