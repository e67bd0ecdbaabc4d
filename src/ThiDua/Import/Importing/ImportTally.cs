namespace ThiDua.Import.Importing;

/// <summary>Counts what an import creates, changes or leaves as it is.</summary>
internal sealed class ImportTally
{
    public int Created { get; private set; }
    public int Changed { get; private set; }
    public int Unchanged { get; private set; }

    /// <summary>Counts one row's decision: nothing (unchanged), or an event on a key that did or did not exist.</summary>
    public void Count(bool existed, bool recordsEvent)
    {
        if (!recordsEvent) Unchanged++;
        else if (existed) Changed++;
        else Created++;
    }
}
