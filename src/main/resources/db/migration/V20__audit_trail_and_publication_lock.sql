-- The audit trail and the lock on a published inspection.
--
-- audit_entry is append-only: every change to an inspection's records is written here in the
-- same transaction as the change itself (who, when, which record and field, old and new value),
-- and the triggers below refuse any UPDATE, DELETE or TRUNCATE of it.
--
-- A published inspection is read-only. The rule lives in one function,
-- inspection_must_be_writable(), which every write transaction calls first and which guards the
-- tables of every feature through triggers. It takes a shared advisory lock on the inspection;
-- publishing takes the same lock exclusively, so a publication waits for the writes already in
-- flight and every later write sees the inspection as published.

alter table inspection add column published_at timestamptz;
alter table inspection add column published_by text check (length(published_by) between 1 and 60);

create table audit_entry (
    id              bigint generated always as identity primary key,
    inspection_id   bigint not null references inspection (id),
    sample_case_id  bigint references sample_case (id),
    standard_number text,
    entity          text   not null,
    record          text   not null,
    field           text   not null,
    old_value       text,
    new_value       text,
    actor           text   not null check (length(actor) between 1 and 60),
    recorded_at     timestamptz not null default clock_timestamp()
);

create index audit_entry_by_inspection on audit_entry (inspection_id, id);
create index audit_entry_by_case on audit_entry (sample_case_id, id) where sample_case_id is not null;
create index audit_entry_by_standard on audit_entry (inspection_id, standard_number, id) where standard_number is not null;

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- Advisory lock keys: (5951, inspection id) guards an inspection's records as a whole;
-- (5952, sample case id) guards one case assessment's status (see the case assessment tables).
create function inspection_must_be_writable(p_inspection bigint) returns void language plpgsql as $$
declare
    v_published timestamptz;
    v_by text;
begin
    perform pg_advisory_xact_lock_shared(5951, p_inspection::int);
    select published_at, published_by into v_published, v_by from inspection where id = p_inspection;
    if not found then
        raise exception 'there is no inspection %', p_inspection using errcode = 'YJ404';
    end if;
    if v_published is not null then
        raise exception 'inspection % was published on % by % and is locked: it is read-only, so nothing was changed',
            p_inspection, to_char(v_published at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"'), v_by
            using errcode = 'YJ423';
    end if;
end;
$$;

-- For tables that carry inspection_id.
create function refuse_change_to_published_inspection() returns trigger language plpgsql as $$
begin
    perform inspection_must_be_writable(case when tg_op = 'DELETE' then old.inspection_id else new.inspection_id end);
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

-- For the sample's tables, which reach their inspection through the sample.
create function refuse_change_to_published_sample() returns trigger language plpgsql as $$
begin
    perform inspection_must_be_writable((select inspection_id from sample
        where id = case when tg_op = 'DELETE' then old.sample_id else new.sample_id end));
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger sample_case_refused_when_published
    before insert or update or delete on sample_case
    for each row execute function refuse_change_to_published_sample();

create trigger sample_replacement_refused_when_published
    before insert or update or delete on sample_replacement
    for each row execute function refuse_change_to_published_sample();

-- Once published, the inspection row itself no longer changes (nor is published twice).
create function published_inspection_is_read_only() returns trigger language plpgsql as $$
begin
    raise exception 'inspection % was published on % by % and is locked: it is read-only, so nothing was changed',
        old.id, to_char(old.published_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"'), old.published_by
        using errcode = 'YJ423';
end;
$$;

create trigger inspection_read_only_when_published
    before update or delete on inspection
    for each row when (old.published_at is not null)
    execute function published_inspection_is_read_only();
