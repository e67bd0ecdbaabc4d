using ThiDua.Import.Parsing;
using ThiDua.Measurements.Recording;
using ThiDua.Ratings;
using ThiDua.Ratings.Recording;
using ThiDua.Units;

namespace ThiDua.Import.Importing;

/// <summary>ratings.csv: an individual's row needs a rating; a collective's may carry only initiative and discipline.</summary>
internal sealed class RatingsImport : IRowImport
{
    private readonly FileDuplicates<(string, string), UnitRating> _duplicates = new();

    public async Task HandleAsync(IImportRow row, ImportContext context, CancellationToken ct)
    {
        var r = (RatingRow)row;
        if (!context.State.Campaigns.ContainsKey(r.Campaign))
        {
            context.Missing(r.Line, "campaign", r.Campaign, "phong trào", "campaign", "campaigns.csv");
            return;
        }
        if (!context.State.Units.TryGetValue(r.Unit, out var unit))
        {
            context.Missing(r.Line, "unit", r.Unit, "đơn vị", "unit", "units.csv");
            return;
        }
        if (unit.Kind == UnitKind.Individual && r.Rating is null)
        {
            context.Error(r.Line, "rating", "", "Thiếu xếp loại của cá nhân (HTXSNV, HTTNV, HTNV, KHTNV).",
                "An individual's rating is missing (excellent, good, completed, not_completed).");
            return;
        }
        var rating = new UnitRating(r.Campaign, r.Unit, r.Rating, r.Discipline, r.Initiative);
        if (!_duplicates.Check((r.Campaign, r.Unit), rating, r.Line, "unit", r.Unit, context)) return;
        var definitions = await context.State.DefinitionsAsync(r.Campaign, ct);
        var current = definitions.Ratings.GetValueOrDefault(r.Unit);
        var events = RecordRating.Decide(new RecordRating(rating), current, context.Now);
        context.Tally.Count(current is not null, events.Count > 0);
        foreach (var e in events) context.Record(r.Line, RecordMeasurement.StreamId(r.Campaign, r.Unit), e);
    }

    public Task CompleteAsync(ImportContext context, CancellationToken ct) => Task.CompletedTask;
}
