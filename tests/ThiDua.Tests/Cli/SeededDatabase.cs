using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Cli;

/// <summary>A fresh product database holding all of seed-data/, imported once for the test class.</summary>
public sealed class SeededDatabase : ProductDatabase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var runtime = await OpenRuntimeAsync();
        await ImportSeedAsync(runtime);
    }
}
