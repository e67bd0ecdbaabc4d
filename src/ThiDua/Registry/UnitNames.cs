using ThiDua.EventStore.Projections;

namespace ThiDua.Registry;

/// <summary>
/// <c>rm_unit_names</c> (019_registry_unit_names.sql): each name a unit has had, from the event that gave it until the
/// one that gave the next. A batch's unit definitions are written in one statement: those whose name differs from the
/// one before (the batch's earlier event, else the table's open row) become rows, each closed by the next, and the open
/// row of a unit renamed is closed at the first. Only the events' order decides, so batches of any size — an append,
/// a rebuild's pages — and the migration's fill from the log give the same rows.
/// </summary>
internal sealed class UnitNames
{
    private readonly List<(string Unit, string Name, long Seq, DateTimeOffset At)> _defined = [];

    public void Add(string unit, string name, long seq, DateTimeOffset at) => _defined.Add((unit, name, seq, at));

    public async Task FlushAsync(ProjectionContext context, CancellationToken ct)
    {
        if (_defined.Count == 0) return;
        await using var cmd = context.Command("""
            with b as (select * from unnest(@u, @n, @s, @a) as t(unit, name, seq, at)),
            ordered as (select b.*, lag(b.name) over (partition by b.unit order by b.seq) as before from b),
            opened as (select unit, name from rm_unit_names where unit = any(@u) and until is null),
            changed as (select o.unit, o.name, o.seq, o.at from ordered o left join opened p on p.unit = o.unit
                        where o.name is distinct from coalesce(o.before, p.name)),
            spans as (select unit, name, seq, at, lead(at) over w as until, row_number() over w as i
                      from changed window w as (partition by unit order by seq)),
            closed as (update rm_unit_names n set until = s.at from spans s where s.i = 1 and n.unit = s.unit and n.until is null)
            insert into rm_unit_names (unit, seq, since, until, name) select unit, seq, at, until, name from spans
            on conflict (unit, seq) do nothing
            """);
        cmd.Parameters.AddWithValue("u", _defined.Select(d => d.Unit).ToArray());
        cmd.Parameters.AddWithValue("n", _defined.Select(d => d.Name).ToArray());
        cmd.Parameters.AddWithValue("s", _defined.Select(d => d.Seq).ToArray());
        cmd.Parameters.AddWithValue("a", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.TimestampTz, _defined.Select(d => d.At.ToUniversalTime()).ToArray());
        await cmd.ExecuteNonQueryAsync(ct);
        _defined.Clear();
    }
}
