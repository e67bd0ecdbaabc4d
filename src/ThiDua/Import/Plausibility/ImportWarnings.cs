using System.Collections;

namespace ThiDua.Import.Plausibility;

/// <summary>
/// An import's warnings, each with the stream its line's event goes to. A few are added as they are found (look-alike
/// codes); a measurements file's are found once it is read whole and run to tens of thousands in a million-row file,
/// so they are added as a count and a sequence that formats them only when read (once for the listed few, once for
/// the notes their events carry): memory follows the file's targets, not its warnings' messages.
/// </summary>
internal sealed class ImportWarnings : IEnumerable<(string StreamId, ImportWarning Warning)>
{
    private readonly List<(string StreamId, ImportWarning Warning)> _found = [];
    private readonly Dictionary<(int Line, string StreamId), string> _notes = [];
    private readonly List<IEnumerable<(string StreamId, ImportWarning Warning)>> _later = [];

    public int Count { get; private set; }

    public void Add((string StreamId, ImportWarning Warning) warning)
    {
        _found.Add(warning);
        Count++;
        var key = (warning.Warning.Line, warning.StreamId);
        _notes[key] = _notes.TryGetValue(key, out var before) ? before + " " + warning.Warning.MessageVi : warning.Warning.MessageVi;
    }

    /// <summary>
    /// The note an event of <paramref name="line"/> in <paramref name="streamId"/> carries if the warnings are accepted:
    /// the Vietnamese messages of the warnings added so far for them (null: none). The warnings added later, as a
    /// sequence, are noted by whoever adds them.
    /// </summary>
    public string? NoteOn(int line, string streamId) => _notes.Count == 0 ? null : _notes.GetValueOrDefault((line, streamId));

    /// <summary>Adds <paramref name="count"/> warnings, read (and formatted) from <paramref name="warnings"/> each time they are listed.</summary>
    public void AddLater(int count, IEnumerable<(string StreamId, ImportWarning Warning)> warnings)
    {
        _later.Add(warnings);
        Count += count;
    }

    public IEnumerator<(string StreamId, ImportWarning Warning)> GetEnumerator() => _found.Concat(_later.SelectMany(w => w)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
