-- Organisational delivery and the other qualitative standards (domain one; 3.4 and 4.1 in the
-- 2021 framework): evidence notes per question, the lead inspector's proposed rating with its
-- rationale, the service's key data, staff survey results and the meetings and interviews held.
-- Each record has its own revision; text is plain, length-limited and never interpreted.

create table qualitative_evidence (
    inspection_id   bigint not null references inspection (id),
    standard_number text   not null,
    question_number int    not null check (question_number > 0),
    note            text   not null check (length(note) <= 5000),
    revision        int    not null check (revision > 0),
    updated_by      text   not null,
    updated_at      timestamptz not null default now(),
    primary key (inspection_id, standard_number, question_number)
);

create table proposed_rating (
    inspection_id   bigint not null references inspection (id),
    standard_number text   not null,
    rating          text   check (rating in ('INADEQUATE', 'REQUIRES_IMPROVEMENT', 'GOOD', 'OUTSTANDING')),
    rationale       text   not null check (length(rationale) <= 5000),
    revision        int    not null check (revision > 0),
    updated_by      text   not null,
    updated_at      timestamptz not null default now(),
    primary key (inspection_id, standard_number)
);

create table key_data (
    inspection_id           bigint primary key references inspection (id),
    budget_pounds           numeric(14, 2) check (budget_pounds >= 0),
    staff_headcount         int check (staff_headcount >= 0),
    vacancy_rate_percent    numeric(5, 2) check (vacancy_rate_percent between 0 and 100),
    average_caseload        numeric(7, 2) check (average_caseload >= 0),
    sickness_days_per_person numeric(6, 2) check (sickness_days_per_person >= 0),
    revision                int    not null check (revision > 0),
    updated_by              text   not null,
    updated_at              timestamptz not null default now()
);

-- Lines removed by an inspector stay, marked removed, so the record of what was there is kept.
create table staff_survey_result (
    id               bigint generated always as identity primary key,
    inspection_id    bigint  not null references inspection (id),
    question         text    not null check (length(question) between 1 and 500),
    responses        int     not null check (responses >= 0),
    percent_agreeing numeric(5, 2) not null check (percent_agreeing between 0 and 100),
    removed          boolean not null default false,
    revision         int     not null check (revision > 0),
    updated_by       text    not null,
    updated_at       timestamptz not null default now()
);

create table fieldwork_meeting (
    id              bigint generated always as identity primary key,
    inspection_id   bigint  not null references inspection (id),
    standard_number text,
    held_on         date    not null,
    kind            text    not null check (kind in ('MEETING', 'INTERVIEW', 'FOCUS_GROUP', 'OBSERVATION')),
    with_whom       text    not null check (length(with_whom) between 1 and 200),
    participants    int     not null check (participants between 1 and 1000),
    removed         boolean not null default false,
    revision        int     not null check (revision > 0),
    updated_by      text    not null,
    updated_at      timestamptz not null default now()
);

create index staff_survey_result_by_inspection on staff_survey_result (inspection_id);
create index fieldwork_meeting_by_inspection on fieldwork_meeting (inspection_id);

create trigger qualitative_evidence_refused_when_published before insert or update or delete on qualitative_evidence
    for each row execute function refuse_change_to_published_inspection();
create trigger proposed_rating_refused_when_published before insert or update or delete on proposed_rating
    for each row execute function refuse_change_to_published_inspection();
create trigger key_data_refused_when_published before insert or update or delete on key_data
    for each row execute function refuse_change_to_published_inspection();
create trigger staff_survey_result_refused_when_published before insert or update or delete on staff_survey_result
    for each row execute function refuse_change_to_published_inspection();
create trigger fieldwork_meeting_refused_when_published before insert or update or delete on fieldwork_meeting
    for each row execute function refuse_change_to_published_inspection();
