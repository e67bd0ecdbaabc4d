-- Tên cũ của đơn vị (/search, /api/search; docs/pages.md "Tìm kiếm"): office users say a unit's old name for years
-- ("huyện X" after it became "thị xã X"), and a search as of a past time shows the name the unit had then. A unit
-- re-registered with another name (units.csv) is renamed: each name it has had is a row, from the event that gave it
-- (seq, its place in the log; since, its recorded_at, which every as-of read compares) until the event that gave the
-- next (null while it is the name). The registry projection adds a row when a unit's name changes and closes the one
-- before (src/ThiDua/Registry/UnitNames.cs); a rebuild truncates and replays it bit for bit (RegistryTables.All).
-- A unit renamed twice in one transaction has a row whose since equals its until: no instant had it, no search finds it.
-- The name is folded as 018_registry_search.sql folds rm_units' (generated columns, thidua_fold).
create table if not exists rm_unit_names (
    unit text not null,
    seq bigint not null,
    since timestamptz not null,
    until timestamptz,
    name text not null,
    search_code text generated always as (thidua_fold(unit)) stored,
    search_name text generated always as (thidua_fold(name)) stored,
    search_key text generated always as (thidua_fold(unit || ' ' || name)) stored,
    primary key (unit, seq));

-- Former names are few beside the units (one row each for 11,000 units, a row more per rename): a search for them
-- reads only those rows through this index, not every unit's again (NationalSearchTests).
create index if not exists rm_unit_names_former on rm_unit_names (unit) where until is not null;

-- An existing database: every unit's names from its stream (unit-<code>), as the projection would have kept them.
insert into rm_unit_names (unit, seq, since, until, name)
select unit, seq, recorded_at, lead(recorded_at) over (partition by unit order by seq), name
from (select unit, seq, recorded_at, name, lag(name) over (partition by unit order by seq) as before
      from (select e.data->>'unitCode' as unit, e.seq, e.recorded_at, e.data->>'name' as name
            from es_streams s join es_events e on e.stream_id = s.stream_id
            where s.stream_id like 'unit-%' and e.type = 'unit_defined') d) named
where before is distinct from name
on conflict (unit, seq) do nothing;
