-- The report's recommendations, entered by the lead inspector: each addressed to someone ("The
-- YJS management board should"), in the order the report lists them. Text is plain, length-
-- limited and never interpreted. A removed recommendation stays, marked removed and without a
-- position, so the record of what was there is kept; the audit trail holds every change.

create table report_recommendation (
    id            bigint generated always as identity primary key,
    inspection_id bigint  not null references inspection (id),
    addressee     text    not null check (length(addressee) between 1 and 200),
    text          text    not null check (length(text) between 1 and 2000),
    position      int     check (position > 0),
    removed       boolean not null default false,
    revision      int     not null check (revision > 0),
    updated_by    text    not null,
    updated_at    timestamptz not null default now(),
    check (removed or position is not null)
);

create index report_recommendation_by_inspection on report_recommendation (inspection_id);

create trigger report_recommendation_refused_when_published before insert or update or delete on report_recommendation
    for each row execute function refuse_change_to_published_inspection();
