package org.yjinspect.sampling.db;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.sampling.app.DiscardedSample;
import org.yjinspect.sampling.app.StoredSample;
import org.yjinspect.sampling.domain.SampleWork;

/**
 * Reads the work recorded on a sample's cases (in the case assessment tables) and removes a
 * sample. A discard takes the inspection's lock exclusively, as publishing does, so answers being
 * saved finish first; it then checks that the sample and the work on it are still what the
 * decision was based on, so an answer saved a moment earlier is never thrown away.
 */
final class SampleDiscards {
    private static final String CASES = "sample_case_id in (select id from sample_case where sample_id = :sample)";
    private static final String WORK = "with started as (select sample_case_id as id from case_assessment where "
            + CASES + " and status <> 'NOT_STARTED'),"
            + " prompts as (select sample_case_id as id from prompt_answer where " + CASES + " and answer is not null),"
            + " key_questions as (select sample_case_id as id from key_question_answer where " + CASES
            + " and answer is not null),"
            + " notes as (select sample_case_id as id from key_question_evidence where " + CASES
            + " and (note <> '' or good_practice)),"
            + " classified as (select sample_case_id as id from case_judgement where " + CASES
            + " and (rosh is not null or rosh_agrees is not null or safety_wellbeing is not null"
            + " or safety_wellbeing_agrees is not null))"
            + " select (select count(distinct id) from (select id from started union all select id from prompts"
            + " union all select id from key_questions union all select id from notes union all select id from"
            + " classified) w) as worked, (select count(*) from started) as started, (select count(*) from prompts)"
            + " as prompts, (select count(*) from key_questions) as key_questions, (select count(*) from notes)"
            + " as notes, (select count(*) from classified) as classified";
    /** Empty assessment records (opened, never filled in) go with the sample; children before parents. */
    private static final List<String> REMOVED = List.of("prompt_answer", "key_question_answer",
            "key_question_evidence", "case_judgement", "case_assessment");

    private SampleDiscards() {
    }

    static SampleWork work(Handle h, long sampleId) {
        return h.createQuery(WORK).bind("sample", sampleId).map((rs, ctx) -> new SampleWork(rs.getInt("worked"),
                rs.getInt("started"), rs.getInt("prompts"), rs.getInt("key_questions"), rs.getInt("notes"),
                rs.getInt("classified"))).one();
    }

    static DiscardedSample discard(Handle h, AuditLog audit, StoredSample sample, SampleWork basedOn, String reason) {
        h.createQuery("select pg_advisory_xact_lock(5951, cast(:id as int))").bind("id", sample.inspectionId())
                .mapTo(String.class).one();
        Integer revision = h.createQuery("select revision from sample where id = :id for update")
                .bind("id", sample.id()).mapTo(Integer.class).findOne().orElse(null);
        if (revision == null || revision != sample.revision() || !work(h, sample.id()).equals(basedOn)) {
            throw Problem.conflict("the sample of inspection " + sample.inspectionId() + " changed while it was"
                    + " being discarded; nothing was discarded. Look at the sample again and retry");
        }
        for (String table : REMOVED) {
            h.createUpdate("delete from " + table + " where " + CASES).bind("sample", sample.id()).execute();
        }
        for (String table : List.of("sample_replacement", "sample_case", "sample_plan")) {
            h.createUpdate("delete from " + table + " where sample_id = :sample").bind("sample", sample.id()).execute();
        }
        h.createUpdate("delete from sample where id = :sample").bind("sample", sample.id()).execute();
        SampleAudit.discarded(audit, sample, reason);
        OffsetDateTime at = h.createQuery("select now()").mapTo(OffsetDateTime.class).one();
        return new DiscardedSample(sample.inspectionId(), sample.id(), sample.seed(), sample.selected().size(), reason,
                audit.actor().name(), at.toInstant());
    }
}
