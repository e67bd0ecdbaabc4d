using ThiDua.Hosting;
using ThiDua.Import.Parsing;
using ThiDua.Tests.Web;

namespace ThiDua.Tests.Provenance;

/// <summary>
/// The seeded web app after a second file corrected BK-TTBCXB's December 2022 value of BK22-01 from 100 to 1.234,5
/// (line 2 of <see cref="CorrectionFile"/>); <see cref="BeforeCorrection"/> is an instant between the two imports.
/// </summary>
public sealed class CorrectedSeedWebApp : SeededWebApp
{
    public const string CorrectionFile = "bk2022-sua-thang-12.csv";

    public DateTimeOffset BeforeCorrection { get; private set; }

    protected override async Task Prepare(ThiDuaRuntime runtime)
    {
        BeforeCorrection = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        var outcome = await ImportAsync(runtime, ImportKind.Measurements,
            "campaign;unit;indicator;period;value;note\nBK2022;BK-TTBCXB;BK22-01;2022-12;1234,5;Sửa theo báo cáo quý IV\n", fileName: CorrectionFile, acceptWarnings: true);
        outcome.Accepted.Should().BeTrue();
    }
}
