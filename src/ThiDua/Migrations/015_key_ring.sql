-- The keys that protect the web nodes' session cookies and anti-forgery tokens (ASP.NET Core data protection, each
-- key one XML element as it writes them). In the database every node serving it reads the same keys: a browser
-- signed in on one node is signed in on all, and a node's restart or move keeps everyone signed in.
create table if not exists web_key_ring (
    id            bigint generated always as identity primary key,
    friendly_name text not null,
    xml           text not null
);
