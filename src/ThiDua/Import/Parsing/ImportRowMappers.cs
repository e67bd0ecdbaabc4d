using ThiDua.Awards;
using ThiDua.Campaigns;
using ThiDua.Ratings;
using ThiDua.Formatting;
using static ThiDua.Import.Parsing.ImportValueAliases;

namespace ThiDua.Import.Parsing;

/// <summary>
/// Turns the cells of one record into its typed row, applying the checks that need no database. Every cell is read
/// even after a failure so the user sees all of a row's problems at once; the row is null when any failed.
/// </summary>
internal static class ImportRowMappers
{
    public static Func<RowCells, IImportRow?> For(ImportKind kind) => kind switch
    {
        ImportKind.Units => Unit,
        ImportKind.Campaigns => Campaign,
        ImportKind.Indicators => Indicator,
        ImportKind.Targets => Target,
        ImportKind.Measurements => Measurement,
        ImportKind.Ratings => Rating,
        ImportKind.AwardForms => AwardForm,
        ImportKind.Clusters => Cluster,
        ImportKind.Registrations => Registration,
        ImportKind.AwardDecisions => AwardDecision,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static UnitRow? Unit(RowCells c)
    {
        var (code, name, kind) = (c.Code("code"), c.Text("name", required: true), c.Choice("kind", UnitKinds));
        var (parent, cluster) = (c.Code("parent", required: false), c.Code("cluster", required: false));
        var (ended, mergedInto) = (c.Month("ended"), c.Code("merged_into", required: false));
        if (parent is not null && parent == code)
            c.Error("parent", parent, new("Đơn vị không thể là đơn vị cha của chính nó: sửa mã ở cột parent (để trống nếu là đơn vị cấp cao nhất).",
                "A unit cannot be its own parent: correct the code in the parent column (leave it empty for a top-level unit)."));
        if (mergedInto is not null && mergedInto == code)
            c.Error("merged_into", mergedInto, new("Đơn vị không thể sáp nhập vào chính nó: ghi mã đơn vị tiếp nhận ở cột merged_into (để trống nếu giải thể).",
                "A unit cannot be merged into itself: put the code of the unit that took it over in merged_into (empty if it was dissolved)."));
        return c.HasErrors ? null : new UnitRow(c.Line, code!, name!, kind!.Value, parent, cluster) { Ended = ended, MergedInto = mergedInto };
    }

    private static CampaignRow? Campaign(RowCells c)
    {
        var (code, name, kind) = (c.Code("code"), c.Text("name", required: true), c.Choice("kind", CampaignKinds));
        var (start, end) = (c.Date("start", required: true), c.Date("end", required: true));
        var registration = c.Date("registration_deadline");
        var (midterm, final) = (c.Month("midterm_review"), c.Month("final_review"));
        var dossier = c.Date("dossier_deadline");
        var scoreCap = c.Number("score_cap") ?? ThiDua.Campaigns.Campaign.DefaultScoreCap;
        var previous = c.Code("previous", required: false);
        if (start > end)
            c.Error("end", end!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), new(
                $"Ngày kết thúc ({end:dd/MM/yyyy}) phải sau hoặc bằng ngày bắt đầu ({start:dd/MM/yyyy}).",
                $"The end ({end:yyyy-MM-dd}) must not be before the start ({start:yyyy-MM-dd})."));
        if (scoreCap is < 1 or > 10)
            c.Error("score_cap", c.Raw("score_cap"), new("Trần điểm (score_cap) phải từ 1 đến 10 (mặc định 1,2: tỷ lệ hoàn thành được tính tối đa 120%).",
                "The score cap must be between 1 and 10 (default 1.2: a ratio counts up to 120%)."));
        if (start is { } s && end is { } e && start <= end) CampaignDates.Check(c, s, e, registration, midterm, final, dossier);
        return c.HasErrors ? null
            : new CampaignRow(c.Line, code!, name!, kind!.Value, start!.Value, end!.Value, registration, midterm, final, dossier, scoreCap) { Previous = previous };
    }

    private static IndicatorRow? Indicator(RowCells c)
    {
        var (campaign, code, name) = (c.Code("campaign"), c.Code("code"), c.Text("name", required: true));
        var uom = c.Text("uom", required: false, maxLength: RowCells.MaxCodeLength);
        var (direction, aggregation) = (c.Choice("direction", Directions), c.Choice("aggregation", Aggregations));
        var weight = c.Number("weight") ?? 1m;
        if (weight is <= 0 or > 1000)
            c.Error("weight", c.Raw("weight"), new("Trọng số (weight) phải lớn hơn 0 và không quá 1.000 (mặc định 1).",
                "The weight must be greater than 0 and at most 1,000 (default 1)."));
        return c.HasErrors ? null
            : new IndicatorRow(c.Line, campaign!, code!, name!, uom, direction!.Value, aggregation!.Value, weight);
    }

    private static TargetRow? Target(RowCells c)
    {
        var (campaign, indicator, unit) = (c.Code("campaign"), c.Code("indicator"), c.Code("unit"));
        var (target, targetMax, baseline) = (c.Number("target", required: true), c.Number("target_max"), c.Number("baseline"));
        var deadline = c.Month("deadline", acceptDate: true);
        return c.HasErrors ? null
            : new TargetRow(c.Line, campaign!, indicator!, unit!, target!.Value, targetMax, baseline, deadline);
    }

    private static MeasurementRow? Measurement(RowCells c)
    {
        var (campaign, unit, indicator) = (c.Code("campaign"), c.Code("unit"), c.Code("indicator"));
        var (period, value) = (c.Month("period", required: true), c.Number("value", required: true));
        var note = c.Text("note", required: false, RowCells.MaxNoteLength, allowLineBreaks: true);
        return c.HasErrors ? null
            : new MeasurementRow(c.Line, campaign!, unit!, indicator!, period!.Value, value!.Value, note);
    }

    private static RatingRow? Rating(RowCells c)
    {
        var (campaign, unit) = (c.Code("campaign"), c.Code("unit"));
        var rating = c.Choice("rating", ImportValueAliases.Ratings, required: false);
        var discipline = c.Choice("discipline", Disciplines, required: false) ?? Discipline.None;
        var initiative = c.Choice("initiative", Booleans, required: false) ?? false;
        return c.HasErrors ? null : new RatingRow(c.Line, campaign!, unit!, rating, discipline, initiative);
    }

    private static AwardDecisionRow? AwardDecision(RowCells c)
    {
        var (campaign, form, unit) = (c.Code("campaign"), c.Code("form"), c.Code("unit"));
        var decision = c.Choice("decision", AwardDecisions);
        var reference = c.Text("reference", required: false, maxLength: RowCells.MaxCodeLength);
        var date = c.Date("date");
        var note = c.Text("note", required: false, RowCells.MaxNoteLength, allowLineBreaks: true);
        var (votesFor, members) = CouncilVoteCells.Read(c);
        return c.HasErrors ? null
            : new AwardDecisionRow(c.Line, campaign!, form!, unit!, decision!.Value, reference, date, note) { VotesFor = votesFor, CouncilMembers = members };
    }

    private static AwardFormRow? AwardForm(RowCells c)
    {
        var (campaign, code, name) = (c.Code("campaign"), c.Code("code"), c.Text("name", required: true));
        var level = c.Text("level", required: false);
        var recipient = c.Choice("recipient", AwardRecipients);
        var quota = c.Number("quota"); // empty: no limit (a title such as "Lao động tiên tiến")
        if (quota is { } q && (q < 0 || q != decimal.Truncate(q) || q > int.MaxValue))
            c.Error("quota", c.Raw("quota"), new("Số lượng (quota) phải là số nguyên ≥ 0, ví dụ 2; để trống nếu không giới hạn.",
                "The quota must be a whole number ≥ 0, e.g. 2; leave it empty for no limit."));
        var minRating = c.Choice("min_rating", ImportValueAliases.Ratings, required: false) ?? ThiDua.Ratings.Rating.Excellent;
        var requireInitiative = c.Choice("require_initiative", Booleans, required: false) ?? false;
        var requireAllTargets = c.Choice("require_all_targets", Booleans, required: false) ?? false;
        var quotaScope = c.Choice("quota_scope", QuotaScopes, required: false) ?? AwardQuotaScope.Campaign;
        var requireRegistration = c.Choice("require_registration", Booleans, required: false) ?? false;
        var share = c.Number("required_vote_share"); // empty: no share required
        if (share is <= 0 or > 100)
            c.Error("required_vote_share", c.Raw("required_vote_share"), new("Tỷ lệ phiếu đồng ý tối thiểu (required_vote_share) là phần trăm tổng số thành viên Hội đồng, lớn hơn 0 và không quá 100, ví dụ 90 (không ghi dấu %); để trống nếu không yêu cầu.",
                "The required vote share is a percent of all the council's members, above 0 and at most 100, e.g. 90 (no % sign); leave it empty when none is required."));
        // 0,9 is how a fraction or a spreadsheet's 90% reads as text: 0,9% of the council would let one vote carry it.
        else if (share is < 1 and var fraction)
            c.Error("required_vote_share", c.Raw("required_vote_share"), new($"Tỷ lệ phiếu đồng ý tối thiểu (required_vote_share) {VietnameseNumber.Format(fraction, 4)} là {VietnameseNumber.Format(fraction, 4)}% tổng số thành viên Hội đồng: ghi phần trăm, ví dụ {VietnameseNumber.Format(fraction * 100, 2)} cho {VietnameseNumber.Format(fraction * 100, 2)}%, không ghi dạng số thập phân.",
                $"The required vote share (required_vote_share) {fraction.ToString(System.Globalization.CultureInfo.InvariantCulture)} means {fraction.ToString(System.Globalization.CultureInfo.InvariantCulture)}% of the council's members: write the percent, e.g. {(fraction * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} for {(fraction * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}%, not a fraction."));
        return c.HasErrors ? null
            : new AwardFormRow(c.Line, campaign!, code!, name!, level, recipient!.Value, quota is { } n ? (int)n : null, minRating,
                requireInitiative, requireAllTargets, quotaScope) { RequireRegistration = requireRegistration, RequiredShare = share };
    }

    private static ClusterRow? Cluster(RowCells c)
    {
        var (code, name) = (c.Code("code"), c.Text("name", required: true));
        var note = c.Text("note", required: false, RowCells.MaxNoteLength, allowLineBreaks: true);
        return c.HasErrors ? null : new ClusterRow(c.Line, code!, name!, note);
    }

    private static RegistrationRow? Registration(RowCells c)
    {
        var (campaign, unit, form) = (c.Code("campaign"), c.Code("unit"), c.Code("form", required: false));
        var date = c.Date("date", required: true);
        var note = c.Text("note", required: false, RowCells.MaxNoteLength, allowLineBreaks: true);
        return c.HasErrors ? null : new RegistrationRow(c.Line, campaign!, unit!, form, date!.Value, note);
    }
}
