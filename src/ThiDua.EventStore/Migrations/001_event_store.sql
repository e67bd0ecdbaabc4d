-- The generic event store: streams with a version, events with a global sequence.
create sequence if not exists es_event_seq;

create table if not exists es_streams (
    stream_id   text primary key,
    version     bigint not null,
    created_at  timestamptz not null
);

create table if not exists es_events (
    seq          bigint primary key default nextval('es_event_seq'),
    event_id     uuid not null unique,
    stream_id    text not null,
    version      bigint not null,
    type         text not null,
    data         jsonb not null,
    metadata     jsonb not null,
    recorded_at  timestamptz not null,
    unique (stream_id, version)
);


create table if not exists es_checkpoints (
    projection  text primary key,
    position    bigint not null,
    updated_at  timestamptz not null
);
