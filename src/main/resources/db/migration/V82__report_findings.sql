-- The report's strengths and areas for improvement, entered by the lead inspector: each one
-- paragraph of one domain (1, 2, 3, and 4 resettlement in the 2021 framework), listed per
-- domain, strengths first, in the order entered. A removed one stays, marked removed and
-- without a position; the audit trail holds every change.

create table report_finding (
    id            bigint generated always as identity primary key,
    inspection_id bigint  not null references inspection (id),
    domain_number int     not null check (domain_number between 1 and 9),
    kind          text    not null check (kind in ('STRENGTH', 'AREA_FOR_IMPROVEMENT')),
    text          text    not null check (length(text) between 1 and 1000),
    position      int     check (position > 0),
    removed       boolean not null default false,
    revision      int     not null check (revision > 0),
    updated_by    text    not null,
    updated_at    timestamptz not null default now(),
    check (removed or position is not null)
);

create index report_finding_by_inspection on report_finding (inspection_id);

create trigger report_finding_refused_when_published before insert or update or delete on report_finding
    for each row execute function refuse_change_to_published_inspection();
