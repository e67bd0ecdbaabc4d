-- Tìm kiếm (/search, /api/search; docs/pages.md): units, indicators and campaigns found by code or name as people type
-- them — without diacritics, in any case, "d" for "đ". Each row keeps its code and name folded (SearchFolding in
-- src/ThiDua/Formatting does the same to the query; a test compares the two over every Latin letter) in generated
-- columns: PostgreSQL computes them on every insert and update, so the projection writes nothing new, a rebuild
-- (truncate, replay) refills them bit for bit, and this migration fills an existing database's rows as it adds them.
-- Only Vietnamese letters and A–Z are folded (translate, not lower(): the result must not depend on the database's
-- collation); NFD input is composed first. search_key (code and name) is what is searched, one column so that one
-- index answers it; search_code and search_name rank what it found.
create or replace function thidua_fold(t text) returns text language sql immutable strict parallel safe as $$
    select btrim(regexp_replace(translate(normalize(t, NFC),
        'àÀáÁảẢãÃạẠăĂằẰắẮẳẲẵẴặẶâÂầẦấẤẩẨẫẪậẬèÈéÉẻẺẽẼẹẸêÊềỀếẾểỂễỄệỆìÌíÍỉỈĩĨịỊòÒóÓỏỎõÕọỌôÔồỒốỐổỔỗỖộỘơƠờỜớỚởỞỡỠợỢùÙúÚủỦũŨụỤưƯừỪứỨửỬữỮựỰỳỲýÝỷỶỹỸỵỴđĐABCDEFGHIJKLMNOPQRSTUVWXYZ',
        'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeeeeeeeiiiiiiiiiioooooooooooooooooooooooooooooooooouuuuuuuuuuuuuuuuuuuuuuyyyyyyyyyyddabcdefghijklmnopqrstuvwxyz'),
        '[ \t\n\r\f\v\u00a0]+', ' ', 'g'), ' ')
$$;

alter table rm_units add column if not exists search_code text generated always as (thidua_fold(code)) stored,
    add column if not exists search_name text generated always as (thidua_fold(definition->>'name')) stored,
    add column if not exists search_key text generated always as (thidua_fold(code || ' ' || coalesce(definition->>'name', ''))) stored;
alter table rm_campaigns add column if not exists search_code text generated always as (thidua_fold(code)) stored,
    add column if not exists search_name text generated always as (thidua_fold(definition->>'name')) stored,
    add column if not exists search_key text generated always as (thidua_fold(code || ' ' || coalesce(definition->>'name', ''))) stored;
alter table rm_indicators add column if not exists search_code text generated always as (thidua_fold(code)) stored,
    add column if not exists search_name text generated always as (thidua_fold(definition->>'name')) stored,
    add column if not exists search_key text generated always as (thidua_fold(code || ' ' || coalesce(definition->>'name', ''))) stored;

-- A search is a substring match ("lang" finds "Chi Lăng"): a b-tree cannot answer it, a trigram index can — at a
-- country's 11,000 units and 17,000 indicator rows the query then reads the matching rows only, not every row.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension (the database's owner may create it); where it
-- is missing or may not be created, the search works the same by reading the three tables (a few ms at that size).
do $$
begin
    create extension if not exists pg_trgm;
exception when others then
    raise notice 'pg_trgm is not available (%): the search reads the registry tables without an index', sqlerrm;
end $$;
do $$
begin
    if exists (select 1 from pg_extension where extname = 'pg_trgm') then
        create index if not exists rm_units_search on rm_units using gin (search_key gin_trgm_ops);
        create index if not exists rm_campaigns_search on rm_campaigns using gin (search_key gin_trgm_ops);
        create index if not exists rm_indicators_search on rm_indicators using gin (search_key gin_trgm_ops);
    end if;
end $$;
