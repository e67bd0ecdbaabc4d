using ThiDua.Tests.Infrastructure;

namespace ThiDua.Tests.Reliability;

/// <summary>A fresh product database holding <see cref="BigWorld"/>'s definitions (no measurements yet).</summary>
public sealed class BigWorldDatabase : ProductDatabase
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var runtime = await OpenRuntimeAsync();
        await BigWorld.ImportDefinitionsAsync(runtime);
    }
}
