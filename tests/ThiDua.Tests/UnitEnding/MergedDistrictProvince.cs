using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;
using static ThiDua.Tests.Import.Importing.ImportWorld;

namespace ThiDua.Tests.UnitEnding;

/// <summary>
/// A 2024 province (TD2024) where huyện Bắc Sơn (H2) was merged into huyện An Bình (H1) from 07/2024: its July figure
/// was imported before the units file ended it. H1 registered for the campaign, H2 and huyện Cát Lâm (H3) did not.
/// The only July figure is the merged district's, so the latest month with a figure that counts is June.
/// </summary>
public static class MergedDistrictProvince
{
    public const string Campaign = "TD2024";

    private const string Units = "code;name;kind;parent;cluster\n"
        + "TINH;UBND tỉnh Thử;collective;;\nH1;UBND huyện An Bình;collective;TINH;K1\nH2;UBND huyện Bắc Sơn;collective;TINH;K1\n"
        + "H3;UBND huyện Cát Lâm;collective;TINH;K1\n";

    /// <summary>The units file that ends H2 from 07/2024, merged into H1.</summary>
    public const string Merger = "code;name;kind;parent;cluster;ended;merged_into\n"
        + "TINH;UBND tỉnh Thử;collective;;;;\nH1;UBND huyện An Bình;collective;TINH;K1;;\nH2;UBND huyện Bắc Sơn;collective;TINH;K1;07/2024;H1\n"
        + "H3;UBND huyện Cát Lâm;collective;TINH;K1;;\n";

    /// <summary>Imports the province, its figures up to July and H1's registration (H2 not yet ended).</summary>
    public static async Task DefineAsync(ThiDuaRuntime runtime)
    {
        await Import(runtime, ImportKind.Units, Units);
        await Import(runtime, ImportKind.Campaigns, CampaignsHeader + "TD2024;Phong trào thi đua tỉnh Thử 2024;annual;2024-01-01;2024-12-31;2024-03-31;2024-06;2024-12;;1,2\n");
        await Import(runtime, ImportKind.Indicators, IndicatorsHeader + "TD2024;AL;Số lớp tập huấn;lớp;at_least;sum;1\n");
        await Import(runtime, ImportKind.Targets, TargetsHeader + "TD2024;AL;H1;100;;;\nTD2024;AL;H2;100;;;\nTD2024;AL;H3;100;;;\n");
        await Import(runtime, ImportKind.Measurements, MeasurementsHeader
            + "TD2024;H1;AL;2024-05;40;\nTD2024;H1;AL;2024-06;20;\nTD2024;H2;AL;2024-06;30;\nTD2024;H2;AL;2024-07;35;\nTD2024;H3;AL;2024-06;10;\n");
        await Import(runtime, ImportKind.Registrations, "campaign;unit;form;date;note\nTD2024;H1;;2024-02-01;\n");
    }

    /// <summary>Ends H2 from 07/2024, merged into H1.</summary>
    public static Task MergeAsync(ThiDuaRuntime runtime) => Import(runtime, ImportKind.Units, Merger);

    private static async Task Import(ThiDuaRuntime runtime, ImportKind kind, string csv)
    {
        var outcome = await ProductDatabase.ImportAsync(runtime, kind, csv, acceptWarnings: true);
        outcome.Accepted.Should().BeTrue(string.Join("; ", outcome.Errors.Select(e => e.MessageVi)));
    }
}
