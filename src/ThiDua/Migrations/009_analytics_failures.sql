-- A campaign whose analytics could not be computed (a figure the rules cannot handle, from data stored before the
-- importer refused it) is set aside with the reason, so every other campaign keeps projecting. A later successful
-- recompute of that campaign, or a rebuild, clears it.
create table if not exists analytics_failures (campaign text primary key, failed_at timestamptz not null, reason text not null);
