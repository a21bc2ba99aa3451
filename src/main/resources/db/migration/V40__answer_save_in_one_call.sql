-- An answer save in one round trip: one call of save_case_answer() in autocommit does what a
-- save used to do in nine round trips on three connections, with every guarantee kept:
--   1. the publication lock first (inspection_must_be_writable: 423 when published);
--   2. the case must still be in this inspection's sample, and not replaced;
--   3. the case's shared lock, and its status must be one the application's status rule opens
--      for answers (the rule itself lives in the application; it passes the open statuses);
--   4. the compare-and-set on the answer's revision (a stale write changes nothing and returns
--      the record as it now stands);
--   5. the audit entry, in the same transaction;
--   6. a not-started case moves to in progress (audited);
--   7. the key question's state after the save, for the consistency warnings.
-- The outcome is data: 'SAVED', 'UNCHANGED', 'STALE', 'CLOSED' (status not open), 'GONE' (no such
-- case in the inspection's sample) or 'REPLACED'. Only the lock raises (YJ423, YJ404), as every
-- other write path does.

create function save_case_answer(
    p_inspection bigint, p_case bigint, p_reference text, p_standard text, p_key_question text,
    p_prompt text, p_answer text, p_base int, p_actor text, p_open text[])
returns table (outcome text, answer text, revision int, updated_by text, updated_at timestamptz,
               case_status text, case_rework_reason text, case_revision int, case_updated_by text,
               case_updated_at timestamptz, key_question_answer text, prompt_answers text, inspector_rosh text)
language plpgsql as $$
declare
    v_sample_status text;
    v_status text;
    v_old_answer text;
    v_old_revision int;
    v_old_by text;
    v_old_at timestamptz;
    v_outcome text;
    v_entity text := case when p_prompt is null then 'key_question_answer' else 'prompt_answer' end;
begin
    perform inspection_must_be_writable(p_inspection);
    select s.status into v_sample_status from sample_case s join sample sm on sm.id = s.sample_id
        where s.id = p_case and sm.inspection_id = p_inspection;
    if not found then
        return query select 'GONE', null::text, 0, null::text, null::timestamptz, null::text, null::text, 0,
            null::text, null::timestamptz, null::text, null::text, null::text;
        return;
    end if;
    if v_sample_status <> 'SELECTED' then
        return query select 'REPLACED', null::text, 0, null::text, null::timestamptz, null::text, null::text, 0,
            null::text, null::timestamptz, null::text, null::text, null::text;
        return;
    end if;
    v_status := case_status_for_writing(p_case, false);
    if not (v_status = any (p_open)) then
        v_outcome := 'CLOSED';
    elsif p_prompt is null then
        select a.answer, a.revision, a.updated_by, a.updated_at into v_old_answer, v_old_revision, v_old_by, v_old_at
            from key_question_answer a where a.sample_case_id = p_case and a.key_question_id = p_key_question
            for update;
        v_outcome := save_key_question_row(p_inspection, p_case, p_standard, p_key_question, p_answer, p_base,
                                           p_actor, v_old_answer, v_old_revision);
    else
        select a.answer, a.revision, a.updated_by, a.updated_at into v_old_answer, v_old_revision, v_old_by, v_old_at
            from prompt_answer a where a.sample_case_id = p_case and a.prompt_id = p_prompt for update;
        v_outcome := save_prompt_row(p_inspection, p_case, p_standard, p_key_question, p_prompt, p_answer, p_base,
                                     p_actor, v_old_answer, v_old_revision);
    end if;
    if v_outcome = 'SAVED' and v_old_answer is distinct from p_answer then
        insert into audit_entry (inspection_id, sample_case_id, standard_number, entity, record, field,
                                 old_value, new_value, actor)
            values (p_inspection, p_case, p_standard, v_entity, coalesce(p_prompt, p_key_question), 'answer',
                    v_old_answer, p_answer, p_actor);
    end if;
    if v_outcome = 'SAVED' and v_status = 'NOT_STARTED' then
        perform start_case_assessment(p_inspection, p_case, p_reference, p_actor);
    end if;
    -- The record as it now stands: written by this call (its values are known), or as it was
    -- found; only a first write that lost to a concurrent first write reads it again.
    if v_outcome = 'SAVED' then
        v_old_answer := p_answer;
        v_old_revision := coalesce(v_old_revision, 0) + 1;
        v_old_by := p_actor;
        v_old_at := now();
    elsif v_outcome = 'STALE' and v_old_revision is null then
        select a.answer, a.revision, a.updated_by, a.updated_at into v_old_answer, v_old_revision, v_old_by, v_old_at
            from prompt_answer a where a.sample_case_id = p_case and a.prompt_id = p_prompt
        union all
        select a.answer, a.revision, a.updated_by, a.updated_at from key_question_answer a
            where p_prompt is null and a.sample_case_id = p_case and a.key_question_id = p_key_question;
    end if;
    return query select v_outcome, v_old_answer, coalesce(v_old_revision, 0), v_old_by, v_old_at,
        coalesce(c.status, 'NOT_STARTED'), c.rework_reason, coalesce(c.revision, 0), c.updated_by, c.updated_at,
        case when p_prompt is null then v_old_answer else (select k.answer from key_question_answer k
            where k.sample_case_id = p_case and k.key_question_id = p_key_question) end,
        (select string_agg(p.prompt_id || '=' || p.answer, ';') from prompt_answer p
            where p.sample_case_id = p_case and p.key_question_id = p_key_question and p.answer is not null),
        (select j.rosh from case_judgement j where j.sample_case_id = p_case)
    from (select 1) one
    left join case_assessment c on c.sample_case_id = p_case;
end;
$$;

-- The compare-and-set of one prompt answer: SAVED, UNCHANGED (same answer, same revision) or STALE.
create function save_prompt_row(p_inspection bigint, p_case bigint, p_standard text, p_key_question text,
                                p_prompt text, p_answer text, p_base int, p_actor text, p_old_answer text, p_old_revision int)
returns text language plpgsql as $$
begin
    if p_old_revision is null then
        if p_base <> 0 then
            return 'STALE';
        end if;
        insert into prompt_answer (sample_case_id, prompt_id, inspection_id, standard_number, key_question_id,
                                   answer, revision, updated_by)
            values (p_case, p_prompt, p_inspection, p_standard, p_key_question, p_answer, 1, p_actor)
            on conflict do nothing;
        return case when found then 'SAVED' else 'STALE' end;
    end if;
    if p_old_revision <> p_base then
        return 'STALE';
    end if;
    if p_old_answer is not distinct from p_answer then
        return 'UNCHANGED';
    end if;
    update prompt_answer set answer = p_answer, revision = revision + 1, updated_by = p_actor, updated_at = now()
        where sample_case_id = p_case and prompt_id = p_prompt;
    return 'SAVED';
end;
$$;

-- The same for one key question's judgement.
create function save_key_question_row(p_inspection bigint, p_case bigint, p_standard text, p_key_question text,
                                      p_answer text, p_base int, p_actor text, p_old_answer text, p_old_revision int)
returns text language plpgsql as $$
begin
    if p_old_revision is null then
        if p_base <> 0 then
            return 'STALE';
        end if;
        insert into key_question_answer (sample_case_id, key_question_id, inspection_id, standard_number,
                                         answer, revision, updated_by)
            values (p_case, p_key_question, p_inspection, p_standard, p_answer, 1, p_actor)
            on conflict do nothing;
        return case when found then 'SAVED' else 'STALE' end;
    end if;
    if p_old_revision <> p_base then
        return 'STALE';
    end if;
    if p_old_answer is not distinct from p_answer then
        return 'UNCHANGED';
    end if;
    update key_question_answer set answer = p_answer, revision = revision + 1, updated_by = p_actor,
        updated_at = now() where sample_case_id = p_case and key_question_id = p_key_question;
    return 'SAVED';
end;
$$;

-- A case's first change moves it from not started to in progress, audited like any change.
create function start_case_assessment(p_inspection bigint, p_case bigint, p_reference text, p_actor text)
returns void language plpgsql as $$
begin
    insert into case_assessment (sample_case_id, inspection_id, status, revision, updated_by)
        values (p_case, p_inspection, 'IN_PROGRESS', 1, p_actor)
        on conflict (sample_case_id) do update set status = 'IN_PROGRESS',
            revision = case_assessment.revision + 1, updated_by = p_actor, updated_at = now()
        where case_assessment.status = 'NOT_STARTED';
    if found then
        insert into audit_entry (inspection_id, sample_case_id, standard_number, entity, record, field,
                                 old_value, new_value, actor)
            values (p_inspection, p_case, null, 'case_assessment', p_reference, 'status', 'NOT_STARTED',
                    'IN_PROGRESS', p_actor);
    end if;
end;
$$;
