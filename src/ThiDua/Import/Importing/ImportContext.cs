using ThiDua.EventStore.Appending;
using ThiDua.Import.Parsing;

namespace ThiDua.Import.Importing;

/// <summary>One import in progress: the stored state, the events decided so far, the errors found so far.</summary>
/// <param name="parserErrors">How many rows the parser has refused so far (it validates on; nothing is written).</param>
/// <param name="hasColumn">Whether the file's header has a column (canonical name).</param>
/// <param name="headerText">The file's own header for a column (canonical name), as the parser's errors name it.</param>
internal sealed class ImportContext(ImportRequest request, ImportState state, PendingEvents pending, DateTimeOffset now, string correlationId,
    Func<int> parserErrors, Func<string, bool> hasColumn, Func<string, string>? headerText = null)
{
    // Capped like the parser's: a million rows naming an unknown campaign must not hold a million errors in memory.
    private readonly ImportErrorCollector _errors = new(CsvImportReader.DefaultMaxErrors);
    private readonly NearCodes _nearCodes = new();

    public ImportRequest Request => request;
    public ImportState State => state;
    public DateTimeOffset Now => now;
    public ImportTally Tally { get; } = new();
    /// <summary>Plausibility warnings found, each with the stream its figure's event goes to.</summary>
    public Plausibility.ImportWarnings Warnings { get; } = new();
    /// <summary>A dry run's figure changes, old → new (kept only in a dry run: a real import's could run to millions).</summary>
    public List<Plausibility.MeasurementChange> Changes { get; } = [];
    /// <summary>A dry run's changes to stored units, field by field (units files only).</summary>
    public List<UnitChange> UnitChanges { get; } = [];
    /// <summary>The errors found so far (the first <see cref="CsvImportReader.DefaultMaxErrors"/> kept, all counted).</summary>
    internal ImportErrorCollector Errors => _errors;

    /// <summary>True once anything in the file is wrong: nothing will be written, so no more events are decided or appended.</summary>
    public bool HasErrors => _errors.Count > 0 || parserErrors() > 0;

    /// <summary>
    /// The file's value, or the stored one when the file leaves <paramref name="column"/> out: an optional column may
    /// be missing (SPEC §5), and a file without "cluster" should not clear every unit's cluster. An empty cell does clear it.
    /// </summary>
    public T FileOr<T>(string column, T fromFile, T stored) => hasColumn(column) ? fromFile : stored;

    /// <summary>
    /// The header the file gives <paramref name="column"/> ("Số thành viên" for council_members), or the canonical name
    /// when the file has none: an error found while importing names the column the clerk wrote, as a parse error does.
    /// </summary>
    public string Header(string column) => headerText?.Invoke(column) ?? column;

    public void Error(int line, string column, string? value, string vi, string en) => _errors.Add(new ImportError(line, column, value, vi, en));

    public void Error(ImportError error) => _errors.Add(error);

    /// <summary>
    /// Records the row's events, unless the file already has errors: then nothing will be written anyway. An event
    /// imported over warnings carries them (<paramref name="acceptedWarning"/>, else the warnings found for its line
    /// and stream so far) from the start: the file commits only if they are accepted, and events are never changed.
    /// </summary>
    public void Record(int line, string streamId, object @event, string? acceptedWarning = null)
    {
        if (HasErrors) return;
        pending.Add(streamId, @event, new EventMetadata(request.Actor, request.FileName, line, correlationId, acceptedWarning ?? Warnings.NoteOn(line, streamId)));
    }

    public Task FlushIfFullAsync(CancellationToken ct) => HasErrors ? Task.CompletedTask : pending.FlushIfFullAsync(ct);

    /// <summary>The stored unit of a row about (campaign, unit), or null after reporting whichever of the two is unknown.</summary>
    public Units.Unit? CampaignUnit(int line, string campaign, string unit)
    {
        if (!state.Campaigns.ContainsKey(campaign))
        {
            Missing(line, "campaign", campaign, "phong trào", "campaign", "campaigns.csv", known: state.Campaigns.Keys);
            return null;
        }
        if (state.Units.TryGetValue(unit, out var found)) return found;
        Missing(line, "unit", unit, "đơn vị", "unit", "units.csv", known: state.Units.Keys);
        return null;
    }

    /// <summary>
    /// Reports a missing reference in both languages, naming the file that defines it; a code unknown in its
    /// <paramref name="campaign"/> says so after the code ("chỉ tiêu 'X' trong phong trào C").
    /// </summary>
    /// <param name="known">The stored codes of that kind: one a letter away from <paramref name="value"/> is named ("có phải 'BK-CNTT'?").</param>
    public void Missing(int line, string column, string value, string whatVi, string whatEn, string fileToImport, string? campaign = null,
        IEnumerable<string>? known = null)
    {
        var near = known is null ? null : _nearCodes.For($"{column} {campaign}", value, known);
        var where = (Vi: campaign is null ? "" : $" trong phong trào {campaign}", En: campaign is null ? "" : $" in campaign {campaign}");
        if (near is null)
            Error(line, column, value,
                $"Không tìm thấy {whatVi} '{value}'{where.Vi}: hãy nhập {fileToImport} trước hoặc sửa mã.",
                $"Unknown {whatEn} '{value}'{where.En}: import {fileToImport} first or correct the code.");
        else
            Error(line, column, value,
                $"Không tìm thấy {whatVi} '{value}'{where.Vi}: có phải '{near}'? Nếu không, hãy nhập {fileToImport} trước hoặc sửa mã.",
                $"Unknown {whatEn} '{value}'{where.En}: did you mean '{near}'? Otherwise import {fileToImport} first or correct the code.");
    }
}
