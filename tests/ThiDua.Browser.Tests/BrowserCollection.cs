namespace ThiDua.Browser.Tests;

/// <summary>One app and one Chromium for every browser test: starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}
