using ThiDua.Exports.Tables;
using ThiDua.Ranking;
using ThiDua.Units;

namespace ThiDua.Tests.Exports;

/// <summary>
/// The ranking's Excel file names the sheet of units without a cluster as the pages, the filter and the reports name
/// the group ("Không thuộc cụm, khối"); it said "Không thuộc cụm". The seed has no such unit, so the download tests
/// did not meet it.
/// </summary>
public class NoClusterSheetNameTests
{
    [Fact]
    public void The_sheet_of_units_without_a_cluster_is_named_Khong_thuoc_cum_khoi()
    {
        RankingRow[] rows =
        [
            new("K1", UnitKind.Collective, 1, "U1", "Phòng Một", 101m, 2, 2),
            new(null, UnitKind.Collective, 1, "U2", "Văn phòng", 99m, 1, 2),
        ];

        AnalyticsSheets.Ranking(rows).Select(s => s.Name).Should().Equal("K1", "Không thuộc cụm, khối");
        HeatmapSheet.NoCluster.Should().Be(RankingGroupName.ClusterHeading(null));
    }
}
