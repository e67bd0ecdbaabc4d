namespace ThiDua.Tests.Import.Importing;

/// <summary><see cref="ImportWorldDatabase"/> with the bulk targets, for files of 20,000 measurement rows.</summary>
public sealed class BulkWorldDatabase : ImportWorldDatabase
{
    protected override bool Bulk => true;
}
