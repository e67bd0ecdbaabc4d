using ThiDua.Campaigns;
using ThiDua.Periods;

namespace ThiDua.Analytics.Querying;

/// <summary>A question that cannot be answered as asked (unknown campaign, period outside it); the message says why in both languages.</summary>
public sealed class QueryRejectedException : Exception
{
    public QueryRejectedException() { }
    public QueryRejectedException(string message) : base(message) { }
    public QueryRejectedException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The campaign does not exist (a web answer is 404; any other rejection is 400).</summary>
    public bool CampaignUnknown { get; private init; }

    private readonly string? _forPages;

    /// <summary>The message for a web page's reader: a pointer to the campaign list page, not to the API; else <see cref="Exception.Message"/>.</summary>
    public string ForPages
    {
        get => _forPages ?? Message;
        private init => _forPages = value;
    }

    private readonly string? _forCli;

    /// <summary>The message for the command line: there is no CLI listing of campaigns, so it points to the web page's list, not the API; else <see cref="Exception.Message"/>.</summary>
    public string ForCli
    {
        get => _forCli ?? Message;
        private init => _forCli = value;
    }

    /// <summary>The code of a campaign that does not exist at all (not one asked about before it was imported); else null.</summary>
    public string? UnknownCode { get; private init; }

    public static QueryRejectedException UnknownCampaign(string code) =>
        new($"Không có phong trào '{code}' / campaign '{code}' does not exist. Xem danh sách / see: /api/campaigns")
        {
            CampaignUnknown = true,
            UnknownCode = code,
            ForPages = $"Không có phong trào '{code}' / campaign '{code}' does not exist. Xem danh sách phong trào ở trang chủ (/) / see the campaign list at /",
            ForCli = $"Không có phong trào '{code}' / campaign '{code}' does not exist. Xem danh sách phong trào ở trang chủ (/) của `thidua serve` / "
                + "see the campaign list on the home page (/) of `thidua serve`. Dữ liệu ở THIDUA_HOME hoặc --database khác? / is the data under another THIDUA_HOME or --database?",
        };

    /// <summary>The campaign exists, but was imported after the instant asked about (still a 404: there is nothing then).</summary>
    public static QueryRejectedException NotYetDefined(string code, DateTimeOffset asOf) =>
        new($"Phong trào '{code}' chưa được nhập vào hệ thống tại thời điểm {Reports.Html.ReportText.Instant(asOf)}: hãy chọn thời điểm muộn hơn / "
            + $"campaign '{code}' was not imported yet as of {Formatting.VietnameseDates.Iso(asOf)}: ask for a later time.")
        { CampaignUnknown = true };

    /// <summary>The campaign's stored figures break the rules' arithmetic (kept from before the importer refused such values).</summary>
    public bool Uncomputable { get; private init; }

    public static QueryRejectedException CannotCompute(string code, Exception cause) =>
        new($"Không tính được số liệu của phong trào '{code}': dữ liệu đã lưu có giá trị vượt giới hạn tính toán ({cause.GetType().Name}). "
            + "Nhập lại tệp chỉ tiêu/số liệu đã sửa (nay bị từ chối nếu vượt giới hạn), rồi chạy 'thidua projections rebuild'. / "
            + $"The figures of campaign '{code}' cannot be computed: a stored value is beyond what the rules can compute ({cause.GetType().Name}: {cause.Message}). "
            + "Import the corrected targets or measurements (such values are now refused), then run 'thidua projections rebuild'.", cause)
        { Uncomputable = true };

    public static QueryRejectedException PeriodOutside(Campaign campaign, YearMonth period)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new($"Kỳ {Formatting.VietnameseDates.Month(period)} nằm ngoài phong trào {campaign.Code} ({Formatting.VietnameseDates.Span(campaign.FirstMonth, campaign.LastMonth)}) / " +
                   $"period {period} is outside campaign {campaign.Code} ({campaign.FirstMonth} to {campaign.LastMonth}).");
    }
}
