-- Cluster names and registrations (v2). A registration for the campaign itself has form '' (the key needs a value).
create table if not exists rm_clusters (code text primary key, definition jsonb not null);
create table if not exists rm_registrations (campaign text not null, unit text not null, form text not null, definition jsonb not null,
    primary key (campaign, unit, form));
