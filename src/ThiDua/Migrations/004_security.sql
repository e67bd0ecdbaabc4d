-- Users and API tokens. Plain tables, not events: credentials must be replaceable and erasable, an append-only
-- log would keep every old hash for ever, and no read model is ever rebuilt from them. Who changed the data is
-- already in each event's metadata (actor), which is what the audit page reads.
create table if not exists app_users (
    name           text primary key,
    role           text not null check (role in ('viewer', 'analyst', 'admin')),
    password_hash  text,          -- PBKDF2 (see PasswordHashing.cs); null = token-only account
    session_stamp  text not null, -- changed on revoke/password change, which ends every browser session
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);

create table if not exists api_tokens (
    id          bigint generated always as identity primary key,
    user_name   text not null references app_users (name) on delete cascade,
    token_hash  text not null unique, -- SHA-256 of the token; the token itself is shown once and never stored
    created_at  timestamptz not null,
    revoked_at  timestamptz
);
create index if not exists api_tokens_user on api_tokens (user_name);
