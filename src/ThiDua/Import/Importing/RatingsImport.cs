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
        if (context.CampaignUnit(r.Line, r.Campaign, r.Unit) is not { } unit) return;
        var definitions = await context.State.DefinitionsAsync(r.Campaign, ct);
        var current = definitions.Ratings.GetValueOrDefault(r.Unit);
        var rating = new UnitRating(r.Campaign, r.Unit, r.Rating, context.FileOr("discipline", r.Discipline, current?.Discipline ?? r.Discipline),
            context.FileOr("initiative", r.Initiative, current?.Initiative ?? r.Initiative));
        if (unit.Kind == UnitKind.Individual && r.Rating is null)
        {
            context.Error(r.Line, "rating", "", "Thiếu xếp loại của cá nhân (HTXSNV, HTTNV, HTNV, KHTNV).",
                "An individual's rating is missing (excellent, good, completed, not_completed).");
            return;
        }
        if (!_duplicates.Check((r.Campaign, r.Unit), rating, r.Line, "unit", r.Unit, context)) return;
        var events = RecordRating.Decide(new RecordRating(rating), current, context.Now);
        context.Tally.Count(current is not null, events.Count > 0);
        foreach (var e in events) context.Record(r.Line, RecordMeasurement.StreamId(r.Campaign, r.Unit), e);
    }

    public Task CompleteAsync(ImportContext context, CancellationToken ct) => Task.CompletedTask;
}
