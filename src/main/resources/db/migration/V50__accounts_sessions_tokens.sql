-- Accounts, sessions, personal access tokens, the first administrator's set-up token, sign-in
-- throttling and the account audit (docs/accounts.md).
--
-- Everything that decides access lives here, not in a server's memory, so several servers on one
-- database agree. Secrets are never stored: passwords as Argon2id PHC strings, session, access
-- and set-up tokens as their SHA-256.

create table user_account (
    id            bigint generated always as identity primary key,
    username      text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    display_name  text check (length(display_name) between 1 and 60),
    password_hash text not null check (password_hash like '$argon2id$%'),
    administrator boolean not null default false,
    active        boolean not null default true,
    created_at    timestamptz not null default clock_timestamp(),
    changed_at    timestamptz not null default clock_timestamp()
);

create table account_session (
    token_hash   bytea primary key check (length(token_hash) = 32),
    user_id      bigint not null references user_account (id),
    created_at   timestamptz not null default clock_timestamp(),
    last_seen_at timestamptz not null default clock_timestamp(),
    expires_at   timestamptz not null
);

create index account_session_by_user on account_session (user_id);

create table access_token (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references user_account (id),
    name         text not null check (length(name) between 1 and 60),
    token_hash   bytea not null unique check (length(token_hash) = 32),
    created_at   timestamptz not null default clock_timestamp(),
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index access_token_by_user on access_token (user_id, id);

create table setup_token (
    token_hash bytea primary key check (length(token_hash) = 32),
    created_at timestamptz not null default clock_timestamp(),
    expires_at timestamptz not null,
    used_at    timestamptz
);

-- One row per failed sign-in; the throttle counts the recent ones per account name and per address.
create table sign_in_failure (
    id             bigint generated always as identity primary key,
    username       text not null,
    client_address text not null,
    failed_at      timestamptz not null default clock_timestamp()
);

create index sign_in_failure_by_username on sign_in_failure (username, failed_at);
create index sign_in_failure_by_address on sign_in_failure (client_address, failed_at);

-- The account audit: append-only, like audit_entry (V20).
create table account_event (
    id             bigint generated always as identity primary key,
    user_id        bigint references user_account (id),
    username       text,
    event          text not null,
    detail         text,
    actor          text not null check (length(actor) between 1 and 100),
    client_address text,
    recorded_at    timestamptz not null default clock_timestamp()
);

create index account_event_by_user on account_event (user_id, id);

create trigger account_event_no_update_or_delete
    before update or delete on account_event
    for each row execute function rows_are_kept_for_good();

create trigger account_event_no_truncate
    before truncate on account_event
    for each statement execute function rows_are_kept_for_good();
