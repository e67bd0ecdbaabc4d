using Npgsql;
using ThiDua.Awards;
using ThiDua.Import.Parsing;
using ThiDua.Measurements.Recording;
using ThiDua.Registrations;
using ThiDua.Registrations.Recording;
using ThiDua.Registry;
using ThiDua.Units;

namespace ThiDua.Import.Importing;

/// <summary>
/// registrations.csv (v2): campaign, unit and (when given) form must exist, and the form must admit the unit's kind.
/// A registration after the deadline is accepted and kept: it shows as late and does not count (SPEC §4).
/// </summary>
internal sealed class RegistrationsImport(NpgsqlConnection conn) : IRowImport
{
    private readonly FileDuplicates<(string, string, string), Registration> _duplicates = new();
    private readonly Dictionary<string, Dictionary<(string Unit, string Form), Registration>> _stored = new(StringComparer.Ordinal);

    public async Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct)
    {
        var r = (RegistrationRow)row;
        if (context.CampaignUnit(r.Line, r.Campaign, r.Unit) is not { } unit) return;
        if (r.Form is { } code)
        {
            var definitions = await context.State.DefinitionsAsync(r.Campaign, ct);
            if (!definitions.Forms.TryGetValue(code, out var form))
            {
                context.Missing(r.Line, "form", code, "hình thức khen thưởng", "award form", "award_forms.csv", r.Campaign);
                return;
            }
            if (!Admits(form.Recipient, unit.Kind))
            {
                var (vi, en) = unit.Kind == UnitKind.Collective ? ("tập thể", "a collective") : ("cá nhân", "an individual");
                context.Error(r.Line, "form", code,
                    $"Hình thức '{code}' ({form.Name}) không dành cho {vi}: '{r.Unit}' không thể đăng ký hình thức này — sửa mã hình thức hoặc mã đơn vị.",
                    $"Form '{code}' does not admit {en}: '{r.Unit}' cannot register for it — correct the form or the unit.");
                return;
            }
        }
        var stored = await StoredAsync(r.Campaign, ct);
        var current = stored.GetValueOrDefault((r.Unit, r.Form ?? ""));
        var registration = new Registration(r.Campaign, r.Unit, r.Form, r.Date, context.FileOr("note", r.Note, current?.Note));
        if (!_duplicates.Check((r.Campaign, r.Unit, r.Form ?? ""), registration, r.Line, "unit", $"{r.Unit}/{r.Form ?? r.Campaign}", context)) return;
        var events = RecordRegistration.Decide(new RecordRegistration(registration), current, context.Now);
        context.Tally.Count(current is not null, events.Count > 0);
        foreach (var e in events) context.Record(r.Line, RecordMeasurement.StreamId(r.Campaign, r.Unit), e);
    }

    public Task CompleteAsync(ImportContext context, CancellationToken ct) => Task.CompletedTask;

    private static bool Admits(AwardRecipient recipient, UnitKind kind) =>
        recipient == AwardRecipient.Any || (recipient == AwardRecipient.Collective) == (kind == UnitKind.Collective);

    private async Task<Dictionary<(string Unit, string Form), Registration>> StoredAsync(string campaign, CancellationToken ct)
    {
        if (_stored.TryGetValue(campaign, out var found)) return found;
        found = (await RegistryQueries.RegistrationsAsync(conn, campaign, ct)).ToDictionary(g => (g.Unit, g.Form ?? ""));
        _stored[campaign] = found;
        return found;
    }
}
