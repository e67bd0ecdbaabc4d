-- Closed periods and the council's decisions (v2): each campaign's closes/reopens and decisions, whole and in order
-- (keyed by the event's version in its stream), so the lock state and the standing decisions fold from them.
create table if not exists rm_period_changes (campaign text not null, version bigint not null, definition jsonb not null, primary key (campaign, version));
create table if not exists rm_award_decisions (campaign text not null, version bigint not null, definition jsonb not null, primary key (campaign, version));
