-- Derived analytics per (campaign, period, kind): the rows of attainment, ranking and awards as JSON,
-- maintained by the async analytics projection.
create table if not exists analytics_results (
    campaign    text not null,
    period      int not null,
    kind        text not null,
    rows        jsonb not null,
    primary key (campaign, period, kind)
);

-- Campaigns the analytics projection still has to recompute, from which month (null: all of them).
create table if not exists analytics_dirty (
    campaign    text primary key,
    from_period int
);
