using ThiDua.Import.Parsing;
using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Search;

/// <summary>
/// A registry made for the search's ranking: names with and without diacritics, a code that is another's prefix, a
/// word inside another, an indicator code in two campaigns (the later one's page is linked), a literal '%'.
/// </summary>
public sealed class SearchDatabase : ProductDatabase
{
    public static readonly (string Code, string Name)[] Units =
    [
        ("CL", "Chi cục Lâm nghiệp"), ("CL-01", "Phòng Chi Lăng một"), ("LS-CHILANG", "UBND huyện Chi Lăng"),
        ("CHI-LANG-2", "Đội Chí Lăng"), ("DL", "Đơn vị Lăng Cô"), ("XL", "Xã Hà Lãng"), ("VL", "Phòng Kế hoạch Vilang"),
        ("DD", "Đảng ủy Đông Đô"), ("P50", "Phòng 50 năm"),
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var runtime = await OpenRuntimeAsync();
        await Accepted(runtime, ImportKind.Units, "code;name;kind;parent;cluster\n" + string.Concat(Units.Select(u => $"{u.Code};{u.Name};collective;;\n")));
        await Accepted(runtime, ImportKind.Campaigns, """
            code;name;kind;start;end;registration_deadline;midterm_review;final_review;dossier_deadline;score_cap
            TD2023;Phong trào thi đua năm 2023;annual;2023-01-01;2023-12-31;;;;;1,2
            TD2024;Phong trào thi đua năm 2024;annual;2024-01-01;2024-12-31;;;;;1,2
            CD-SO;Thi đua chuyển đổi số;special;2024-03-01;2024-09-30;;;;;1,2

            """);
        await Accepted(runtime, ImportKind.Indicators, """
            campaign;code;name;uom;direction;aggregation;weight
            TD2023;NS;Thu ngân sách;triệu đồng;at_least;sum;1
            TD2024;NS;Thu ngân sách nhà nước;triệu đồng;at_least;sum;1
            TD2023;DV;Dịch vụ công trực tuyến;%;at_least;latest;1
            CD-SO;NS-SO;Ngân sách cho chuyển đổi số;triệu đồng;at_least;sum;1

            """);
    }

    private static async Task Accepted(ThiDua.Hosting.ThiDuaRuntime runtime, ImportKind kind, string csv)
    {
        var outcome = await ImportAsync(runtime, kind, csv);
        if (!outcome.Accepted) throw new InvalidOperationException($"{kind}: {string.Join("; ", outcome.Errors)}");
    }
}
