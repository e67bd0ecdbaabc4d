using ThiDua.Analytics;
using ThiDua.Exports.Xlsx;
using ThiDua.Registrations;

namespace ThiDua.Exports.Tables;

/// <summary>
/// The registration page's table as a sheet: one row per registration (for the campaign itself, then per form), and
/// one row for each unit taking part that has not registered, so the office can chase them from the file. In the
/// page's words (Vietnamese headings, "đúng hạn", "muộn", "chưa đăng ký"): it is a file for the office, not for scripts.
/// A unit merged or dissolved since says so, as the page does: "chưa đăng ký" beside a district gone in July read as a
/// unit still to chase — its status says "ngừng hoạt động từ tháng 07/2021" instead, and its registrations' note too.
/// </summary>
public static class RegistrationSheet
{
    public static XlsxSheet Of(CampaignSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        XlsxColumn[] columns =
        [
            new("Mã đơn vị"), new("Tên đơn vị"), new("Loại"), new("Cụm, khối"), new("Hình thức"), new("Tên hình thức"),
            new("Ngày đăng ký", XlsxCellStyle.Date), new("Tình trạng"), new("Ghi chú"),
        ];
        var rows = new List<object?[]>();
        foreach (var r in RegistrationRoll.Of(snapshot))
        {
            var kind = Formatting.StatusWords.Of(r.Unit.Kind);
            var ended = r.Unit.Ended is not null ? Formatting.UnitEndWords.Of(r.Unit, snapshot.Units) : null;
            object?[] Row(RegistrationEntry? e, string? form) =>
            [
                r.Unit.Code, r.Unit.Name, kind, r.Unit.Cluster, form,
                form is null ? null : snapshot.AwardForms.FirstOrDefault(f => f.Code == form)?.Name ?? form,
                e?.Registration.Date, e is null ? ended ?? "chưa đăng ký" : e.OnTime ? "đúng hạn" : "muộn",
                e is null || ended is null ? e?.Registration.Note : string.Join("; ", new[] { ended, e.Registration.Note }.Where(t => !string.IsNullOrEmpty(t))),
            ];
            if (!r.Registered) rows.Add(Row(null, null));
            if (r.Campaign is { } own) rows.Add(Row(own, null));
            foreach (var e in r.Forms) rows.Add(Row(e, e.Registration.Form));
        }
        return new XlsxSheet("Đăng ký thi đua", columns, rows);
    }
}
