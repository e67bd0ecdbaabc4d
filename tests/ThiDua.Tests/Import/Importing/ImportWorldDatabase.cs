using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Import.Importing;

/// <summary>A fresh product database with the small <see cref="ImportWorld"/> imported once for the test class.</summary>
public class ImportWorldDatabase : ProductDatabase
{
    protected virtual bool Bulk => false;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var runtime = await OpenRuntimeAsync();
        await ImportWorld.ImportAsync(runtime, Bulk);
    }
}
