-- Read models of the definitions and figures, kept inline (same transaction as the events).
create table if not exists rm_units (code text primary key, definition jsonb not null);
create table if not exists rm_campaigns (code text primary key, definition jsonb not null);
create table if not exists rm_indicators (campaign text not null, code text not null, definition jsonb not null, primary key (campaign, code));
create table if not exists rm_targets (campaign text not null, indicator text not null, unit text not null, definition jsonb not null,
    primary key (campaign, unit, indicator));
create table if not exists rm_award_forms (campaign text not null, code text not null, definition jsonb not null, primary key (campaign, code));
create table if not exists rm_ratings (campaign text not null, unit text not null, definition jsonb not null, primary key (campaign, unit));
create table if not exists rm_measurements (
    campaign text not null, unit text not null, indicator text not null, period int not null,
    value numeric not null, note text, recorded_at timestamptz not null,
    primary key (campaign, unit, indicator, period));
