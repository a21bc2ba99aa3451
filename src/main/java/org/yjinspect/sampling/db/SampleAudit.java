package org.yjinspect.sampling.db;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.sampling.app.StoredSample;
import org.yjinspect.sampling.domain.DrawnSample;
import org.yjinspect.sampling.domain.SampleSizePolicy;
import org.yjinspect.sampling.domain.SamplingRules;

/**
 * A sample's rows as the draw stores them, and how a sample's changes read in the audit trail:
 * entity {@code sample} (record: the sample id) for a draw and a discard, entity
 * {@code sample_case} (record: the case reference, scoped to the sampled case) for a replacement.
 */
final class SampleAudit {
    static final String SAMPLE = "sample";
    static final String SAMPLE_CASE = "sample_case";

    private SampleAudit() {
    }

    static long insertSample(Handle h, long inspectionId, int caseloadRevision, DrawnSample drawn) {
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

    static void drawn(AuditLog audit, long sampleId, int caseloadRevision, DrawnSample drawn) {
        String record = String.valueOf(sampleId);
        Map<CaseType, Integer> sizes = new TreeMap<>();
        Arrays.stream(CaseType.values()).forEach(t -> sizes.put(t, drawn.plan().size(t).n()));
        audit.record(AuditLog.Scope.INSPECTION, SAMPLE, record, "status", null, "drawn");
        audit.record(AuditLog.Scope.INSPECTION, SAMPLE, record, "seed", null, drawn.seed());
        audit.record(AuditLog.Scope.INSPECTION, SAMPLE, record, "rules", null, rules(drawn.rules()));
        audit.record(AuditLog.Scope.INSPECTION, SAMPLE, record, "caseload_revision", null, caseloadRevision);
        audit.record(AuditLog.Scope.INSPECTION, SAMPLE, record, "cases", null, cases(sizes));
    }

    static void replaced(AuditLog audit, long outId, long inId, StoredSample.ReplacementRecord r) {
        AuditLog.Scope out = new AuditLog.Scope(outId, null);
        audit.record(out, SAMPLE_CASE, r.replacedReference(), "status", StoredSample.Status.SELECTED,
                StoredSample.Status.REPLACED);
        audit.record(out, SAMPLE_CASE, r.replacedReference(), "replacement_reason", null, r.reason());
        AuditLog.Scope in = new AuditLog.Scope(inId, null);
        audit.record(in, SAMPLE_CASE, r.replacementReference(), "status", null, StoredSample.Status.SELECTED);
        audit.record(in, SAMPLE_CASE, r.replacementReference(), "replaces", null, r.replacedReference());
        audit.record(in, SAMPLE_CASE, r.replacementReference(), "match_reason", null, r.matchReason());
    }

    static void discarded(AuditLog audit, StoredSample sample, String reason) {
        String record = String.valueOf(sample.id());
        Map<CaseType, Integer> selected = new TreeMap<>();
        Arrays.stream(CaseType.values()).forEach(t -> selected.put(t, 0));
        sample.selected().forEach(c -> selected.merge(c.caseType(), 1, Integer::sum));
        audit.record(AuditLog.Scope.INSPECTION, SAMPLE, record, "status", "drawn", "discarded");
        audit.record(AuditLog.Scope.INSPECTION, SAMPLE, record, "discard_reason", null, reason);
        audit.record(AuditLog.Scope.INSPECTION, SAMPLE, record, "cases", cases(selected), null);
    }

    /** "confidence 80%, margin 5 points, minimum 0, maximum none, resettlement cap 3". */
    static String rules(SamplingRules rules) {
        SampleSizePolicy size = rules.size();
        return "confidence " + size.confidencePercent() + "%, margin " + AuditLog.text(
                java.math.BigDecimal.valueOf(size.marginPoints())) + " points, minimum " + size.minimum()
                + ", maximum " + (size.maximum() == SampleSizePolicy.NO_MAXIMUM ? "none" : size.maximum())
                + ", resettlement cap " + rules.resettlement().cap();
    }

    /** "court 39, out_of_court 26, resettlement 3". */
    static String cases(Map<CaseType, Integer> byType) {
        return byType.entrySet().stream().map(e -> CaseTypes.code(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
