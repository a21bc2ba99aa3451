-- Second reading (docs/second-reading.md): part of the sample read a second time, blind, by a
-- second reader; both readings are kept apart from the live answers (prompt_answer,
-- key_question_answer, case_judgement), which hold the first reading and, once a difference is
-- settled, the agreed answer. Every table is an inspection's record: guarded by the publication
-- lock, and going with its sampled case when the sample is discarded.

-- A random draw of cases for second reading: the seed and share reproduce it.
create table second_reading_draw (
    id            bigint generated always as identity primary key,
    inspection_id bigint not null references inspection (id),
    number        int    not null check (number > 0),
    seed          bigint not null,
    share_percent int    not null check (share_percent between 1 and 100),
    policy        text   not null check (length(policy) between 1 and 200),
    policy_reason text   not null check (length(policy_reason) between 1 and 2000),
    cases         int    not null check (cases >= 0),
    drawn_by      text   not null check (length(drawn_by) between 1 and 60),
    drawn_at      timestamptz not null default now(),
    unique (inspection_id, number)
);

-- One case chosen for second reading, its second reader (null until allocated) and where the
-- second reading is. One revision for the whole second reading: it has one reader. revealed_at is
-- set the moment both readings are submitted; from then on both may be seen (the blind rule), and
-- the first reading as it then stood is kept in second_reading_first_answer. The second reader is
-- an account of this server (second_reader_id, which the access rule goes by) and, as a record,
-- the username it had (second_reader_name), which is what an exported inspection carries: an
-- imported second reading names its reader but gives no account of the new server any access.
create table second_reading_case (
    sample_case_id   bigint primary key references sample_case (id) on delete cascade,
    inspection_id    bigint not null references inspection (id),
    draw_number      int,
    second_reader_id bigint references user_account (id),
    second_reader_name text check (length(second_reader_name) between 1 and 60),
    status           text   not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED')),
    revision         int    not null check (revision >= 0),
    chosen_by        text   not null check (length(chosen_by) between 1 and 60),
    chosen_at        timestamptz not null default now(),
    updated_by       text   check (length(updated_by) between 1 and 60),
    updated_at       timestamptz,
    submitted_at     timestamptz,
    revealed_at      timestamptz,
    first_reader     text   check (length(first_reader) between 1 and 60),
    check (status <> 'SUBMITTED' or submitted_at is not null),
    check (revealed_at is null or submitted_at is not null),
    foreign key (inspection_id, draw_number) references second_reading_draw (inspection_id, number) on delete cascade
);

create index second_reading_case_by_inspection on second_reading_case (inspection_id);
create index second_reading_case_by_reader on second_reading_case (inspection_id, second_reader_id);

-- The second reader's answers: prompts (YES, NO, NOT_APPLICABLE), key questions (YES, NO,
-- NOT_RELEVANT) and the classifications (item risk_of_serious_harm / safety_wellbeing: a risk
-- level; *_agrees: true or false), one row each, as the first reading's fields.
create table second_reading_answer (
    sample_case_id  bigint not null references second_reading_case (sample_case_id) on delete cascade,
    level           text   not null check (level in ('PROMPT', 'KEY_QUESTION', 'CLASSIFICATION')),
    item_id         text   not null check (length(item_id) between 1 and 80),
    inspection_id   bigint not null references inspection (id),
    standard_number text,
    key_question_id text,
    answer          text   not null check (length(answer) between 1 and 20),
    primary key (sample_case_id, level, item_id)
);

-- The first reading as it stood when both readings were submitted, the same shape: a settlement
-- changes the live answer, never this.
create table second_reading_first_answer (
    sample_case_id  bigint not null references second_reading_case (sample_case_id) on delete cascade,
    level           text   not null check (level in ('PROMPT', 'KEY_QUESTION', 'CLASSIFICATION')),
    item_id         text   not null check (length(item_id) between 1 and 80),
    inspection_id   bigint not null references inspection (id),
    standard_number text,
    key_question_id text,
    answer          text   not null check (length(answer) between 1 and 20),
    primary key (sample_case_id, level, item_id)
);

-- A difference settled by the lead: the agreed answer, who and why. Settling the same item again
-- adds a row with the next revision; the latest is the agreed answer, the earlier ones its history.
create table reading_settlement (
    sample_case_id  bigint not null references second_reading_case (sample_case_id) on delete cascade,
    level           text   not null check (level in ('PROMPT', 'KEY_QUESTION', 'CLASSIFICATION')),
    item_id         text   not null check (length(item_id) between 1 and 80),
    revision        int    not null check (revision > 0),
    inspection_id   bigint not null references inspection (id),
    standard_number text,
    key_question_id text,
    first_answer    text,
    second_answer   text,
    agreed_answer   text   not null check (length(agreed_answer) between 1 and 20),
    reason          text   not null check (length(reason) between 1 and 1000),
    settled_by      text   not null check (length(settled_by) between 1 and 60),
    settled_at      timestamptz not null default now(),
    primary key (sample_case_id, level, item_id, revision)
);

create index reading_settlement_by_inspection on reading_settlement (inspection_id);

create trigger second_reading_draw_refused_when_published before insert or update or delete on second_reading_draw
    for each row execute function refuse_change_to_published_inspection();
create trigger second_reading_case_refused_when_published before insert or update or delete on second_reading_case
    for each row execute function refuse_change_to_published_inspection();
create trigger second_reading_answer_refused_when_published before insert or update or delete on second_reading_answer
    for each row execute function refuse_change_to_published_inspection();
create trigger second_reading_first_answer_refused_when_published
    before insert or update or delete on second_reading_first_answer
    for each row execute function refuse_change_to_published_inspection();
create trigger reading_settlement_refused_when_published before insert or update or delete on reading_settlement
    for each row execute function refuse_change_to_published_inspection();

-- Both readings submitted: the case is revealed (the blind rule ends) and the first reading as
-- it stands is kept. Called by the second reader's submission, and by the trigger below when the
-- first reading is submitted after the second, so whichever comes last reveals the case, in the
-- same transaction. The first reader is the case's allocated assessor (else who last moved it).
create function reveal_second_reading(p_case bigint, p_actor text) returns boolean language plpgsql as $$
begin
    update second_reading_case r set revealed_at = now(),
        first_reader = coalesce((select u.username from case_allocation a join user_account u on u.id = a.user_id
                                 where a.sample_case_id = p_case), (select c.updated_by from case_assessment c
                                 where c.sample_case_id = p_case))
        where r.sample_case_id = p_case and r.status = 'SUBMITTED' and r.revealed_at is null
          and exists (select 1 from case_assessment c where c.sample_case_id = p_case
                      and c.status in ('SUBMITTED', 'ACCEPTED'));
    if not found then
        return false;
    end if;
    insert into audit_entry (inspection_id, sample_case_id, entity, record, field, old_value, new_value, actor)
        select r.inspection_id, r.sample_case_id, 'second_reading', c.case_reference, 'revealed', null,
               'both readings submitted', p_actor
            from second_reading_case r join sample_case s on s.id = r.sample_case_id
            join caseload_case c on c.id = s.case_id where r.sample_case_id = p_case;
    insert into second_reading_first_answer (sample_case_id, level, item_id, inspection_id, standard_number,
                                             key_question_id, answer)
        select sample_case_id, 'PROMPT', prompt_id, inspection_id, standard_number, key_question_id, answer
            from prompt_answer where sample_case_id = p_case and answer is not null
        union all
        select sample_case_id, 'KEY_QUESTION', key_question_id, inspection_id, standard_number, key_question_id, answer
            from key_question_answer where sample_case_id = p_case and answer is not null
        union all
        select j.sample_case_id, 'CLASSIFICATION', v.item, j.inspection_id, null, null, v.answer
            from case_judgement j cross join lateral (values ('risk_of_serious_harm', j.rosh),
                ('risk_of_serious_harm_agrees', j.rosh_agrees::text), ('safety_wellbeing', j.safety_wellbeing),
                ('safety_wellbeing_agrees', j.safety_wellbeing_agrees::text)) as v (item, answer)
            where j.sample_case_id = p_case and v.answer is not null;
    return true;
end;
$$;

create function reveal_second_reading_on_first_submission() returns trigger language plpgsql as $$
begin
    if new.status in ('SUBMITTED', 'ACCEPTED') then
        perform reveal_second_reading(new.sample_case_id, new.updated_by);
    end if;
    return new;
end;
$$;

create trigger case_assessment_reveals_second_reading after insert or update of status on case_assessment
    for each row execute function reveal_second_reading_on_first_submission();
