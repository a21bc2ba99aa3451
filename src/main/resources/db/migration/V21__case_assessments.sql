-- Case assessments: an inspector's answers for one sampled case (sample_case.id, stable even if
-- the case is later replaced). Every answer is its own small record with its own revision, so
-- two inspectors answering different prompts of the same case never conflict; a write based on
-- a stale revision is refused by the application. A record that does not exist yet has
-- revision 0. Nothing here is a rating: ratings are computed from these answers on request.

-- Status per case. No row means "not started".
create table case_assessment (
    sample_case_id bigint primary key references sample_case (id),
    inspection_id  bigint not null references inspection (id),
    status         text   not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED',
                                                     'RETURNED_FOR_REWORK', 'ACCEPTED')),
    rework_reason  text check (length(rework_reason) <= 1000),
    revision       int    not null check (revision > 0),
    updated_by     text   not null,
    updated_at     timestamptz not null default now()
);

-- The inspector's own classifications, and whether they agree with the service's.
create table case_judgement (
    sample_case_id         bigint primary key references sample_case (id),
    inspection_id          bigint not null references inspection (id),
    rosh                   text check (rosh in ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    rosh_agrees            boolean,
    safety_wellbeing       text check (safety_wellbeing in ('LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH')),
    safety_wellbeing_agrees boolean,
    revision               int    not null check (revision > 0),
    updated_by             text   not null,
    updated_at             timestamptz not null default now()
);

create table prompt_answer (
    sample_case_id  bigint not null references sample_case (id),
    prompt_id       text   not null,
    inspection_id   bigint not null references inspection (id),
    standard_number text   not null,
    key_question_id text   not null,
    answer          text check (answer in ('YES', 'NO', 'NOT_APPLICABLE')),
    revision        int    not null check (revision > 0),
    updated_by      text   not null,
    updated_at      timestamptz not null default now(),
    primary key (sample_case_id, prompt_id)
);

create table key_question_answer (
    sample_case_id  bigint not null references sample_case (id),
    key_question_id text   not null,
    inspection_id   bigint not null references inspection (id),
    standard_number text   not null,
    answer          text check (answer in ('YES', 'NO', 'NOT_RELEVANT')),
    revision        int    not null check (revision > 0),
    updated_by      text   not null,
    updated_at      timestamptz not null default now(),
    primary key (sample_case_id, key_question_id)
);

-- Evidence notes are kept apart from the answer, so typing a note never conflicts with a
-- colleague changing the answer. Notes are plain text, never interpreted.
create table key_question_evidence (
    sample_case_id  bigint  not null references sample_case (id),
    key_question_id text    not null,
    inspection_id   bigint  not null references inspection (id),
    standard_number text    not null,
    note            text    not null check (length(note) <= 5000),
    good_practice   boolean not null,
    revision        int     not null check (revision > 0),
    updated_by      text    not null,
    updated_at      timestamptz not null default now(),
    primary key (sample_case_id, key_question_id)
);

create index key_question_answer_by_inspection on key_question_answer (inspection_id);
create index prompt_answer_by_inspection on prompt_answer (inspection_id);

create trigger case_assessment_refused_when_published before insert or update or delete on case_assessment
    for each row execute function refuse_change_to_published_inspection();
create trigger case_judgement_refused_when_published before insert or update or delete on case_judgement
    for each row execute function refuse_change_to_published_inspection();
create trigger prompt_answer_refused_when_published before insert or update or delete on prompt_answer
    for each row execute function refuse_change_to_published_inspection();
create trigger key_question_answer_refused_when_published before insert or update or delete on key_question_answer
    for each row execute function refuse_change_to_published_inspection();
create trigger key_question_evidence_refused_when_published before insert or update or delete on key_question_evidence
    for each row execute function refuse_change_to_published_inspection();

-- A case's status as a write to it sees it: first the case's lock (shared for an answer, so
-- answers to one case never wait for each other; exclusive for a status move, which so waits for
-- answers in flight), then the status read afresh under that lock. One round trip for both.
create function case_status_for_writing(p_case bigint, p_exclusive boolean) returns text language plpgsql as $$
declare
    v_status text;
begin
    if p_exclusive then
        perform pg_advisory_xact_lock(5952, p_case::int);
    else
        perform pg_advisory_xact_lock_shared(5952, p_case::int);
    end if;
    select status into v_status from case_assessment where sample_case_id = p_case;
    return coalesce(v_status, 'NOT_STARTED');
end;
$$;
