using Microsoft.Extensions.DependencyInjection;
using ThiDua.Import.Parsing;
using ThiDua.Periods;
using ThiDua.Tests.Infrastructure;
using ThiDua.Web.Campaigns;

namespace ThiDua.Tests.Web;

/// <summary>The campaign being browsed is loaded once, until the next append: then the next page sees the change at once.</summary>
public sealed class CampaignViewsTests(SeededWebApp web) : IClassFixture<SeededWebApp>
{
    [Fact]
    public async Task Pages_of_one_campaign_share_one_load_until_an_import_changes_it()
    {
        var views = web.App.Services.GetRequiredService<CampaignViews>();
        await web.ChangeFeedListeningAsync();

        var first = await views.LoadAsync("BK2022", null, null, default);
        var again = await views.LoadAsync("BK2022", null, null, default);
        // A notice still on its way (the test user added at start) makes a load not kept: it is kept once all is quiet.
        for (var i = 0; i < 20 && !ReferenceEquals(first, again); i++)
        {
            await Task.Delay(50);
            (first, again) = (again, await views.LoadAsync("BK2022", null, null, default));
        }
        var june = await views.LoadAsync("BK2022", new YearMonth(2022, 6), null, default);
        var asOf = await views.LoadAsync("BK2022", null, DateTimeOffset.UtcNow, default);

        again.Should().BeSameAs(first);
        june.Snapshot.Should().BeSameAs(first.Snapshot, "another month of the same campaign reuses the loaded campaign");
        asOf.Snapshot.Should().NotBeSameAs(first.Snapshot, "answers as of a time are loaded for themselves");

        var outcome = await ProductDatabase.ImportAsync(web.Runtime, ImportKind.Measurements, "campaign;unit;indicator;period;value\nBK2022;BK-TTBCXB;BK22-01;2022-12;77\n");
        outcome.Events.Should().Be(1, string.Join("; ", outcome.Errors));
        var after = await views.LoadAsync("BK2022", null, null, default);

        after.Should().NotBeSameAs(first, "the import moved the log: no waiting for the notification");
        after.Snapshot.Measurements.Should().Contain(m => m.Unit == "BK-TTBCXB" && m.Indicator == "BK22-01" && m.Period == new YearMonth(2022, 12) && m.Value == 77m);
    }
}
