-- Roles per inspection (docs/access.md): who is on an inspection's team, in which roles, and
-- which sampled case is allocated to whom. Both are an inspection's records: written through
-- inspection_must_be_writable() (the publication lock, also by trigger) with their audit entries
-- in the same transaction. Administrator is an account flag (user_account), not a role.

create table inspection_member (
    inspection_id bigint not null references inspection (id),
    user_id       bigint not null references user_account (id),
    role          text   not null check (role in ('LEAD_INSPECTOR', 'INSPECTOR', 'LOCAL_ASSESSOR',
                                                  'PANEL_MEMBER', 'SERVICE_VIEWER')),
    added_by      text   not null check (length(added_by) between 1 and 60),
    added_at      timestamptz not null default clock_timestamp(),
    primary key (inspection_id, user_id, role)
);

create index inspection_member_by_user on inspection_member (user_id, inspection_id);

-- One person per sampled case. Discarding a sample removes its cases and so their allocations.
create table case_allocation (
    sample_case_id bigint primary key references sample_case (id) on delete cascade,
    inspection_id  bigint not null references inspection (id),
    user_id        bigint not null references user_account (id),
    allocated_by   text   not null check (length(allocated_by) between 1 and 60),
    allocated_at   timestamptz not null default clock_timestamp()
);

create index case_allocation_by_user on case_allocation (inspection_id, user_id);

create trigger inspection_member_refused_when_published
    before insert or update or delete on inspection_member
    for each row execute function refuse_change_to_published_inspection();

create trigger case_allocation_refused_when_published
    before insert or update or delete on case_allocation
    for each row execute function refuse_change_to_published_inspection();
