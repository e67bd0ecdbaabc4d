-- A month's attainment is stored in parts of consecutive rows (AttainmentParts.RowsPerPart, in output order): a monthly
-- import that corrects some units rewrites only the parts holding their rows, not the whole month (≈ 16 MB at 1M
-- measurements). Each part is a JSON array; the stored answer is their elements joined in part order. Rows stored
-- before are one part (part 0) and read the same.
alter table analytics_results add column if not exists part int not null default 0;
alter table analytics_results drop constraint if exists analytics_results_pkey;
alter table analytics_results add primary key (campaign, period, kind, part);

-- Which recompute last wrote a campaign's kept month (a token the projection keeps in memory with it): only when the
-- stored token is its own may the projection leave untouched parts as they are (a rolled-back write is not trusted).
create table if not exists analytics_kept (
    campaign text primary key,
    token    uuid not null
);
