package org.yjinspect.sampling.db;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.yjinspect.records.db.InspectionWrites;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.sampling.app.Samples;
import org.yjinspect.sampling.app.StoredSample;
import org.yjinspect.sampling.domain.DrawnSample;
import org.yjinspect.sampling.domain.SampleSize;
import org.yjinspect.sampling.domain.SampleSizePolicy;
import org.yjinspect.sampling.domain.SampledCase;

/**
 * Samples in PostgreSQL: tables {@code sample}, {@code sample_plan}, {@code sample_case} and
 * {@code sample_replacement}. Writes check the revision they were based on and refuse a stale
 * one, so two inspectors replacing cases at once cannot overwrite each other.
 */
public final class JdbiSamples implements Samples {
    private final Jdbi jdbi;

    public JdbiSamples(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(long inspectionId, int caseloadRevision, DrawnSample drawn, Map<String, Long> caseIds) {
        jdbi.useTransaction(h -> {
            int current = h.createQuery("select caseload_revision from inspection where id = :id for update")
                    .bind("id", inspectionId).mapTo(Integer.class).findOne()
                    .orElseThrow(() -> Problem.notFound("there is no inspection " + inspectionId));
            if (current != caseloadRevision) {
                throw Problem.conflict("the caseload of inspection " + inspectionId
                        + " changed while the sample was being drawn; draw it again");
            }
            if (h.createQuery("select exists (select 1 from sample where inspection_id = :id)")
                    .bind("id", inspectionId).mapTo(Boolean.class).one()) {
                throw Problem.conflict("a sample has already been drawn for inspection " + inspectionId);
            }
            long sampleId = insertSample(h, inspectionId, caseloadRevision, drawn);
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
        });
    }

    private static long insertSample(Handle h, long inspectionId, int caseloadRevision, DrawnSample drawn) {
        SampleSizePolicy size = drawn.rules().size();
        return h.createUpdate("insert into sample (inspection_id, seed, confidence_percent, margin_points,"
                        + " minimum_size, maximum_size, resettlement_cap, caseload_revision) values (:inspection,"
                        + " :seed, :confidence, :margin, :minimum, :maximum, :cap, :caseload)")
                .bind("inspection", inspectionId).bind("seed", drawn.seed())
                .bind("confidence", size.confidencePercent()).bind("margin", size.marginPoints())
                .bind("minimum", size.minimum())
                .bind("maximum", size.maximum() == SampleSizePolicy.NO_MAXIMUM ? null : size.maximum())
                .bind("cap", drawn.rules().resettlement().cap()).bind("caseload", caseloadRevision)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    @Override
    public Optional<StoredSample> find(long inspectionId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                h -> SampleRows.find(h, inspectionId));
    }

    @Override
    public StoredSample.ReplacementRecord replace(StoredSample sample, StoredSample.SampleCase replaced,
                                                  long replacementCaseId, String reason, String matchReason) {
        try {
            return replaceInTransaction(sample, replaced, replacementCaseId, reason, matchReason);
        } catch (JdbiException e) {
            // A published inspection is locked by the database; say so in the inspectors' words.
            throw InspectionWrites.translated(e);
        }
    }

    private StoredSample.ReplacementRecord replaceInTransaction(StoredSample sample, StoredSample.SampleCase replaced,
                                                                long replacementCaseId, String reason, String matchReason) {
        return jdbi.inTransaction(h -> {
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
            return h.createUpdate("insert into sample_replacement (sample_id, replaced_sample_case_id,"
                            + " replacement_sample_case_id, reason, match_reason) values (:sample, :out, :in, :reason,"
                            + " :match)")
                    .bind("sample", sample.id()).bind("out", replaced.id()).bind("in", added).bind("reason", reason)
                    .bind("match", matchReason).executeAndReturnGeneratedKeys("id", "replaced_at")
                    .map((rs, ctx) -> new StoredSample.ReplacementRecord(rs.getLong("id"), replaced.reference(),
                            referenceOf(h, replacementCaseId), reason, matchReason,
                            rs.getObject("replaced_at", OffsetDateTime.class).toInstant())).one();
        });
    }

    private static String referenceOf(Handle h, long caseId) {
        return h.createQuery("select case_reference from caseload_case where id = :id").bind("id", caseId)
                .mapTo(String.class).one();
    }
}
