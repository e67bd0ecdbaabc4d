using ThiDua.Import.Parsing;
using ThiDua.Tests.Import.Importing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Registrations;

/// <summary>
/// The small world plus DK2025, whose registration deadline is 31/03/2025: form LDTT requires registration (no quota,
/// min rating good), GK does not. P01 registered for LDTT on the deadline day, P02 the day after; D01 for the campaign.
/// </summary>
public sealed class RegistrationWorldDatabase : ImportWorldDatabase
{
    public const string Campaign = "DK2025";
    public const string RegistrationsHeader = "campaign;unit;form;date;note\n";

    /// <summary>A moment after the forms were defined and before anyone registered.</summary>
    public DateTimeOffset BeforeRegistrations { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var runtime = await OpenRuntimeAsync();
        await Import(runtime, ImportKind.Campaigns, ImportWorld.CampaignsHeader + "DK2025;Phong trào thi đua có đăng ký 2025;annual;2025-01-01;2025-12-31;2025-03-31;;2025-12;;1,2\n");
        await Import(runtime, ImportKind.Ratings, ImportWorld.RatingsHeader + "DK2025;P01;excellent;none;yes\nDK2025;P02;excellent;none;yes\n");
        await Import(runtime, ImportKind.AwardForms, "campaign;code;name;level;recipient;quota;min_rating;require_initiative;require_all_targets;require_registration\n"
            + "DK2025;LDTT;Danh hiệu Lao động tiên tiến;Giám đốc Sở;individual;;good;no;no;có\n"
            + "DK2025;GK;Giấy khen của Giám đốc Sở;Giám đốc Sở;individual;;good;no;no;\n");
        BeforeRegistrations = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await Import(runtime, ImportKind.Registrations, RegistrationsHeader
            + "DK2025;P01;LDTT;31/03/2025;Đăng ký đúng hạn\nDK2025;P02;LDTT;2025-04-01;\nDK2025;D01;;2025-02-15;\n");
    }

    private static async Task Import(global::ThiDua.Hosting.ThiDuaRuntime runtime, ImportKind kind, string csv)
    {
        var outcome = await ImportAsync(runtime, kind, csv);
        if (!outcome.Accepted) throw new InvalidOperationException($"{kind}: {string.Join("; ", outcome.Errors)}");
    }
}
