-- No dead ends: a sample nobody has started on can be discarded, and an inspection that was
-- never published can be deleted, both with a reason and both in the audit trail.
--
-- The audit trail outlives what it describes. Its entries stay exactly as written (the table is
-- append-only), so they can no longer be tied by foreign key to an inspection or a sampled case
-- that may be removed: audit_entry.inspection_id and audit_entry.sample_case_id become plain ids.
-- Identity columns never hand out an id twice, so an old entry can never be mistaken for one
-- about a later inspection or case. Every write still reaches audit_entry only through
-- inspection_must_be_writable(), which refuses an inspection that does not exist.

alter table audit_entry drop constraint audit_entry_inspection_id_fkey;
alter table audit_entry drop constraint audit_entry_sample_case_id_fkey;

-- What is left of a deleted inspection: its set-up (no case, no child, no evidence) and who
-- deleted it, when and why, so that "inspection 7" can still be explained and its audit trail read.
create table deleted_inspection (
    id                bigint primary key,
    service_name      text   not null,
    kind              text   not null,
    framework_version text   not null,
    announcement_date date   not null,
    created_at        timestamptz not null,
    deleted_at        timestamptz not null default now(),
    deleted_by        text   not null check (length(deleted_by) between 1 and 60),
    reason            text   not null check (length(reason) between 1 and 500)
);

-- A deleted inspection is gone for good: its record of deletion is never changed or removed.
-- One refusal for every table whose rows are kept for good (this one, the account audit).
create function rows_are_kept_for_good() returns trigger language plpgsql as $$
begin
    raise exception 'the rows of % are kept for good (append-only): % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger deleted_inspection_no_update_or_delete
    before update or delete on deleted_inspection
    for each row execute function rows_are_kept_for_good();
