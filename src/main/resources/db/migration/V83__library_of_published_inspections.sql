-- The library of published inspections (docs/library.md): what each imported report prints on
-- its ratings page and in its section tables, one row per inspection, deduplicated by the
-- service's folded name and the month of publication. Nothing about a child is kept: figures,
-- the service's name, the importer's warnings and the name of the file read.

create table library_inspection (
    id                 bigint generated always as identity primary key,
    service            text not null check (length(service) between 1 and 300),
    service_key        text not null check (length(service_key) between 1 and 300),
    published          date not null check (extract(day from published) = 1),
    framework_version  text not null check (framework_version in ('2018', '2021')),
    score              int check (score >= 0),
    max_score          int check (max_score > 0),
    overall_rating     text,
    cases_court        int check (cases_court >= 0),
    cases_out_of_court int check (cases_out_of_court >= 0),
    cases_resettlement int check (cases_resettlement >= 0),
    source             text not null check (length(source) <= 300),
    added_at           timestamptz not null default now(),
    added_by           text not null,
    unique (service_key, published)
);

create table library_standard (
    library_id bigint not null references library_inspection (id) on delete cascade,
    position   int    not null check (position > 0),
    number     text   not null check (number ~ '^[1-4]\.[0-9]$'),
    name       text   not null check (length(name) <= 300),
    rating     text,
    primary key (library_id, number),
    unique (library_id, position)
);

create table library_key_question (
    library_id      bigint not null,
    standard_number text   not null,
    position        int    not null check (position > 0),
    key_question_id text,
    text            text   not null check (length(text) <= 2000),
    yes             int check (yes >= 0),
    relevant        int check (relevant >= 0),
    percent         int check (percent between 0 and 100),
    primary key (library_id, standard_number, position),
    foreign key (library_id, standard_number) references library_standard (library_id, number) on delete cascade
);

create table library_warning (
    library_id bigint not null references library_inspection (id) on delete cascade,
    position   int    not null check (position > 0),
    text       text   not null check (length(text) <= 2000),
    primary key (library_id, position)
);

-- Who added, replaced or removed which inspection, and when. Kept after a removal (no foreign
-- key): the library is not an inspection's record, so it has its own trail.
create table library_event (
    id          bigint generated always as identity primary key,
    library_id  bigint not null,
    service     text   not null,
    published   date   not null,
    kind        text   not null check (kind in ('ADDED', 'REPLACED', 'REMOVED')),
    detail      text   not null default '',
    actor       text   not null,
    at          timestamptz not null default now()
);

create index library_event_by_inspection on library_event (library_id);
