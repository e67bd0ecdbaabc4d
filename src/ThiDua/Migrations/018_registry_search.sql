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

-- No index: a search is a substring match ("lang" finds "Chi Lăng"), which a b-tree cannot answer. Measured at a
-- country's size (11,000 units, NationalSearchTests): reading rm_units whole and comparing search_key took 2.8 ms; a
-- pg_trgm GIN index on it 8.8 ms for a name's words, which are common to thousands of names ("UBND xã", "Trường
-- THCS"), and pg_trgm is an extension a managed server may not allow. Revisit if the registry grows tenfold.
