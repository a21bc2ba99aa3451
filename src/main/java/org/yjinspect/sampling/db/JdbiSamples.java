package org.yjinspect.sampling.db;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.app.DiscardedSample;
import org.yjinspect.sampling.app.Samples;
import org.yjinspect.sampling.app.StoredSample;
import org.yjinspect.sampling.domain.DrawnSample;
import org.yjinspect.sampling.domain.SampleSize;
import org.yjinspect.sampling.domain.SampleWork;
import org.yjinspect.sampling.domain.SampledCase;

/**
 * Samples in PostgreSQL: tables {@code sample}, {@code sample_plan}, {@code sample_case} and
 * {@code sample_replacement}. Every change goes through the write kernel (the publication lock
 * first, the audit entries with the actor in the same transaction). Writes check the revision
 * they were based on and refuse a stale one, so two inspectors replacing cases at once cannot
 * overwrite each other.
 */
public final class JdbiSamples implements Samples {
    private final Jdbi jdbi;
    private final InspectionWrites writes;

    public JdbiSamples(Jdbi jdbi, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public void save(long inspectionId, int caseloadRevision, DrawnSample drawn, Map<String, Long> caseIds,
                     Actor actor) {
        writes.write(inspectionId, actor, (h, audit) -> {
            int current = h.createQuery("select caseload_revision from inspection where id = :id for update")
                    .bind("id", inspectionId).mapTo(Integer.class).one();
            if (current != caseloadRevision) {
                throw Problem.conflict("the caseload of inspection " + inspectionId
                        + " changed while the sample was being drawn; draw it again");
            }
            if (h.createQuery("select exists (select 1 from sample where inspection_id = :id)")
                    .bind("id", inspectionId).mapTo(Boolean.class).one()) {
                throw Problem.conflict("a sample has already been drawn for inspection " + inspectionId);
            }
            long sampleId = SampleAudit.insertSample(h, inspectionId, caseloadRevision, drawn);
            for (CaseType type : CaseType.values()) {
                SampleSize size = drawn.plan().size(type);
                h.createUpdate("insert into sample_plan (sample_id, case_type, eligible, size, working)"
                                + " values (:sample, :type, :eligible, :size, :working)")
                        .bind("sample", sampleId).bind("type", type.name()).bind("eligible", drawn.plan().eligible(type))
                        .bind("size", size.n()).bind("working", size.working()).execute();
            }
            PreparedBatch batch = h.prepareBatch("insert into sample_case (sample_id, case_id, case_type, status,"
                    + " selected_by) values (:sample, :case, :type, 'SELECTED', 'DRAW')");
            for (SampledCase c : drawn.cases()) {
                batch.bind("sample", sampleId).bind("case", caseIds.get(c.reference()))
                        .bind("type", c.caseType().name()).add();
            }
            if (!drawn.cases().isEmpty()) {
                batch.execute();
            }
            SampleAudit.drawn(audit, sampleId, caseloadRevision, drawn);
            return null;
        });
    }

    @Override
    public Optional<StoredSample> find(long inspectionId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                h -> StoredSampleRows.find(h, inspectionId));
    }

    @Override
    public StoredSample.ReplacementRecord replace(StoredSample sample, StoredSample.SampleCase replaced,
                                                  long replacementCaseId, String reason, String matchReason,
                                                  Actor actor) {
        return writes.write(sample.inspectionId(), actor, (h, audit) -> {
            int bumped = h.createUpdate("update sample set revision = revision + 1 where id = :id and revision = :revision")
                    .bind("id", sample.id()).bind("revision", sample.revision()).execute();
            int marked = h.createUpdate("update sample_case set status = 'REPLACED', revision = revision + 1"
                            + " where id = :id and status = 'SELECTED' and revision = :revision")
                    .bind("id", replaced.id()).bind("revision", replaced.revision()).execute();
            if (bumped == 0 || marked == 0) {
                throw Problem.conflict("the sample of inspection " + sample.inspectionId() + " changed while this"
                        + " replacement was being worked out; look at the sample again and retry");
            }
            long added = h.createUpdate("insert into sample_case (sample_id, case_id, case_type, status, selected_by)"
                            + " values (:sample, :case, :type, 'SELECTED', 'REPLACEMENT')")
                    .bind("sample", sample.id()).bind("case", replacementCaseId)
                    .bind("type", replaced.caseType().name()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            StoredSample.ReplacementRecord record = h.createUpdate("insert into sample_replacement (sample_id,"
                            + " replaced_sample_case_id, replacement_sample_case_id, reason, match_reason) values"
                            + " (:sample, :out, :in, :reason, :match)")
                    .bind("sample", sample.id()).bind("out", replaced.id()).bind("in", added).bind("reason", reason)
                    .bind("match", matchReason).executeAndReturnGeneratedKeys("id", "replaced_at")
                    .map((rs, ctx) -> new StoredSample.ReplacementRecord(rs.getLong("id"), replaced.reference(),
                            referenceOf(h, replacementCaseId), reason, matchReason,
                            rs.getObject("replaced_at", OffsetDateTime.class).toInstant())).one();
            SampleAudit.replaced(audit, replaced.id(), added, record);
            return record;
        });
    }

    @Override
    public SampleWork work(StoredSample sample) {
        return jdbi.withHandle(h -> SampleDiscards.work(h, sample.id()));
    }

    @Override
    public DiscardedSample discard(StoredSample sample, SampleWork basedOn, String reason, Actor actor) {
        return writes.write(sample.inspectionId(), actor, (h, audit) ->
                SampleDiscards.discard(h, audit, sample, basedOn, reason));
    }

    private static String referenceOf(Handle h, long caseId) {
        return h.createQuery("select case_reference from caseload_case where id = :id").bind("id", caseId)
                .mapTo(String.class).one();
    }
}
