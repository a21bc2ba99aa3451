-- Inspections, their caseloads and their case samples.
-- Every record that people change carries a revision, so a write based on a stale read can be
-- refused instead of overwriting someone else's work. Nothing is deleted once a sample exists:
-- a replaced case stays in the sample with its status and the reason it was replaced.

create table inspection (
    id                           bigint generated always as identity primary key,
    service_name                 text not null check (length(service_name) between 1 and 120),
    kind                         text not null check (kind in ('INSPECTION', 'SELF_ASSESSMENT')),
    framework_version            text not null check (framework_version in ('2018', '2021')),
    announcement_date            date not null,
    fieldwork_start              date not null,
    fieldwork_end                date not null,
    court_window_nearest         int  not null,
    court_window_furthest        int  not null,
    out_of_court_window_nearest  int  not null,
    out_of_court_window_furthest int  not null,
    resettlement_window_nearest  int  not null,
    resettlement_window_furthest int  not null,
    caseload_revision            int  not null default 0,
    revision                     int  not null default 1,
    created_at                   timestamptz not null default now(),
    updated_at                   timestamptz not null default now(),
    check (fieldwork_start >= announcement_date),
    check (fieldwork_end >= fieldwork_start),
    check (court_window_nearest >= 0 and court_window_nearest < court_window_furthest),
    check (out_of_court_window_nearest >= 0 and out_of_court_window_nearest < out_of_court_window_furthest),
    check (resettlement_window_nearest >= 0 and resettlement_window_nearest < resettlement_window_furthest)
);

-- The framework version is pinned for the inspection's whole life: ratings and reports depend on it.
create function inspection_framework_version_is_pinned() returns trigger language plpgsql as $$
begin
    raise exception 'the framework version of inspection % is fixed for its whole life', old.id
        using errcode = 'check_violation';
end;
$$;

create trigger inspection_framework_version_pinned
    before update of framework_version on inspection
    for each row when (old.framework_version is distinct from new.framework_version)
    execute function inspection_framework_version_is_pinned();

create table caseload_case (
    id                  bigint generated always as identity primary key,
    inspection_id       bigint not null references inspection (id),
    case_reference      text   not null check (length(case_reference) between 1 and 40),
    case_type           text   not null check (case_type in ('COURT_DISPOSAL', 'OUT_OF_COURT_DISPOSAL', 'RESETTLEMENT')),
    disposal_type       text   not null,
    disposal_start_date date   not null,
    release_date        date,
    gender              text   not null,
    ethnicity           text   not null,
    date_of_birth       date,
    age                 int,
    rosh                text   not null,
    safety_wellbeing    text   not null,
    case_manager        text   not null check (length(case_manager) between 1 and 60),
    source_line         int    not null,
    unique (inspection_id, case_reference),
    check (date_of_birth is not null or age is not null)
);

create table sample (
    id                 bigint generated always as identity primary key,
    inspection_id      bigint not null unique references inspection (id),
    seed               bigint not null,
    confidence_percent int    not null,
    margin_points      numeric(5, 2) not null,
    minimum_size       int    not null,
    maximum_size       int,
    resettlement_cap   int    not null,
    caseload_revision  int    not null,
    drawn_at           timestamptz not null default now(),
    revision           int    not null default 1
);

-- The plan as shown when the sample was drawn: eligible cases, size and working per case type.
create table sample_plan (
    sample_id bigint not null references sample (id),
    case_type text   not null,
    eligible  int    not null,
    size      int    not null,
    working   text   not null,
    primary key (sample_id, case_type)
);

create table sample_case (
    id          bigint generated always as identity primary key,
    sample_id   bigint not null references sample (id),
    case_id     bigint not null references caseload_case (id),
    case_type   text   not null,
    status      text   not null check (status in ('SELECTED', 'REPLACED')),
    selected_by text   not null check (selected_by in ('DRAW', 'REPLACEMENT')),
    revision    int    not null default 1,
    created_at  timestamptz not null default now(),
    unique (sample_id, case_id)
);

create table sample_replacement (
    id                         bigint generated always as identity primary key,
    sample_id                  bigint not null references sample (id),
    replaced_sample_case_id    bigint not null unique references sample_case (id),
    replacement_sample_case_id bigint not null unique references sample_case (id),
    reason                     text   not null check (length(reason) between 1 and 500),
    match_reason               text   not null,
    replaced_at                timestamptz not null default now()
);

create index sample_case_by_sample on sample_case (sample_id);
create index sample_replacement_by_sample on sample_replacement (sample_id);
