using ThiDua.Analytics;
using ThiDua.Exports.Xlsx;
using ThiDua.Registrations;

namespace ThiDua.Exports.Tables;

/// <summary>
/// The registration page's table as a sheet: one row per registration (for the campaign itself, then per form), and
/// one row for each unit taking part that has not registered, so the office can chase them from the file.
/// </summary>
public static class RegistrationSheet
{
    public static XlsxSheet Of(CampaignSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        XlsxColumn[] columns =
        [
            new("unit"), new("unit_name"), new("kind"), new("cluster"), new("form"), new("form_name"), new("date", XlsxCellStyle.Date),
            new("status"), new("note"),
        ];
        var rows = new List<object?[]>();
        foreach (var r in RegistrationRoll.Of(snapshot))
        {
            var kind = Analytics.Output.AnalyticsCsv.Kind(r.Unit.Kind);
            object?[] Row(RegistrationEntry? e, string? form) =>
            [
                r.Unit.Code, r.Unit.Name, kind, r.Unit.Cluster, form,
                form is null ? null : snapshot.AwardForms.FirstOrDefault(f => f.Code == form)?.Name ?? form,
                e?.Registration.Date, e is null ? "not_registered" : e.OnTime ? "on_time" : "late", e?.Registration.Note,
            ];
            if (!r.Registered) rows.Add(Row(null, null));
            if (r.Campaign is { } own) rows.Add(Row(own, null));
            foreach (var e in r.Forms) rows.Add(Row(e, e.Registration.Form));
        }
        return new XlsxSheet("Đăng ký thi đua", columns, rows);
    }
}
