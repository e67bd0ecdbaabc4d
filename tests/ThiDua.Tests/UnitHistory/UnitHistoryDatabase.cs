using ThiDua.Cli.Serving;
using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Periods.Locks;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.UnitHistory;

/// <summary>
/// The whole seed (closes and council decisions too) imported on 1 March 2023; a day later the office opens the 2023
/// campaign — Phòng Công nghệ thông tin (BK-CNTT) and Phòng Bưu chính - Viễn thông (BK-BCVT) given targets, January and
/// February sent, January closed — and the council reviews BK-CNTT's 2022 Giấy khen again and does not approve it.
/// <see cref="SeededAt"/> is the instant between the two.
/// </summary>
public sealed class UnitHistoryDatabase : ProductDatabase, IAsyncLifetime
{
    public const string Unit = "BK-CNTT";
    public const string LaterCampaign = "BK2023";

    public ManualClock Clock { get; } = new(new DateTimeOffset(2023, 3, 1, 1, 0, 0, TimeSpan.Zero));

    public ThiDuaRuntime Runtime { get; private set; } = null!;

    /// <summary>After the seed, before the 2023 campaign and the council's second look.</summary>
    public DateTimeOffset SeededAt { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Runtime = await OpenRuntimeAsync(Clock);
        var loaded = await SeedData.ImportAsync(Runtime, SeedFiles.Directory, CancellationToken.None);
        if (loaded.FirstOrDefault(o => !o.Accepted) is { } refused) throw new InvalidOperationException($"{refused.File}: {string.Join("; ", refused.Errors)}");
        SeededAt = Clock.GetUtcNow();
        Clock.Advance(TimeSpan.FromDays(1));
        await Accept(ImportKind.Campaigns, "code;name;kind;start;end;registration_deadline;midterm_review;final_review;dossier_deadline;score_cap\n"
            + $"{LaterCampaign};Phong trào thi đua thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2023 (Sở TT&TT Bắc Kạn);annual;2023-01-01;2023-12-31;;2023-06;2023-12;;1,2\n");
        await Accept(ImportKind.Indicators, "campaign;code;name;uom;direction;aggregation;weight\n"
            + $"{LaterCampaign};BK23-01;Tỷ lệ hồ sơ giải quyết trực tuyến;%;at_least;latest;1\n");
        await Accept(ImportKind.Targets, $"campaign;indicator;unit;target\n{LaterCampaign};BK23-01;BK-CNTT;80\n{LaterCampaign};BK23-01;BK-BCVT;80\n");
        await Accept(ImportKind.Measurements, "campaign;unit;indicator;period;value\n"
            + $"{LaterCampaign};BK-CNTT;BK23-01;2023-01;72\n{LaterCampaign};BK-BCVT;BK23-01;2023-01;88\n"
            + $"{LaterCampaign};BK-CNTT;BK23-01;2023-02;92\n{LaterCampaign};BK-BCVT;BK23-01;2023-02;70\n");
        (await new PeriodLockWriter(Runtime.DataSource, Runtime.Store, Runtime.Clock)
            .CloseAsync(LaterCampaign, new YearMonth(2023, 1), "thidua.admin", "Sơ kết tháng 01")).Accepted.Should().BeTrue();
        await Accept(ImportKind.AwardDecisions, "campaign;form;unit;decision;reference;date;note\n"
            + "BK2022;BK22-GK-TT;BK-CNTT;rejected;31/QĐ-STTTT;2023-03-02;Hội đồng xét lại hồ sơ\n");
    }

    private async Task Accept(ImportKind kind, string csv)
    {
        var outcome = await ImportAsync(Runtime, kind, csv);
        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Runtime.DisposeAsync();
        await DisposeAsync();
    }
}
