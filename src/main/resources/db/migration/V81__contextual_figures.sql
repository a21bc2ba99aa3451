-- National or local figures the lead inspector enters beside the caseload's profile in the
-- report's contextual facts ("Reoffending rate (national)", "34.9%", "MoJ proven reoffending,
-- Jan 2022"). The profile itself is computed from the caseload and not stored. A removed
-- figure stays, marked removed; the audit trail holds every change.

create table contextual_figure (
    id            bigint generated always as identity primary key,
    inspection_id bigint  not null references inspection (id),
    label         text    not null check (length(label) between 1 and 200),
    value         text    not null check (length(value) between 1 and 60),
    source        text    not null check (length(source) between 1 and 300),
    removed       boolean not null default false,
    revision      int     not null check (revision > 0),
    updated_by    text    not null,
    updated_at    timestamptz not null default now()
);

create index contextual_figure_by_inspection on contextual_figure (inspection_id);

create trigger contextual_figure_refused_when_published before insert or update or delete on contextual_figure
    for each row execute function refuse_change_to_published_inspection();
