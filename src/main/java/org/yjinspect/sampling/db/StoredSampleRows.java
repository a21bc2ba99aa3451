package org.yjinspect.sampling.db;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.sampling.app.StoredSample;
import org.yjinspect.sampling.domain.ResettlementPolicy;
import org.yjinspect.sampling.domain.SampleSizePolicy;
import org.yjinspect.sampling.domain.SamplingRules;

/** Reads a stored sample back: the sample row, its plan, its cases and its replacements. */
final class StoredSampleRows {
    private StoredSampleRows() {
    }

    static Optional<StoredSample> find(Handle h, long inspectionId) {
        return h.createQuery("select * from sample where inspection_id = :id").bind("id", inspectionId)
                .map((rs, ctx) -> {
                    long id = rs.getLong("id");
                    Integer maximum = (Integer) rs.getObject("maximum_size");
                    SamplingRules rules = new SamplingRules(new SampleSizePolicy(rs.getInt("confidence_percent"),
                            rs.getDouble("margin_points"), rs.getInt("minimum_size"),
                            maximum == null ? SampleSizePolicy.NO_MAXIMUM : maximum),
                            new ResettlementPolicy(rs.getInt("resettlement_cap")));
                    return new StoredSample(id, inspectionId, rs.getLong("seed"), rules, rs.getInt("caseload_revision"),
                            rs.getObject("drawn_at", OffsetDateTime.class).toInstant(), rs.getInt("revision"),
                            plan(h, id), cases(h, id), replacements(h, id));
                }).findOne();
    }

    private static List<StoredSample.PlanLine> plan(Handle h, long sampleId) {
        return h.createQuery("select * from sample_plan where sample_id = :id").bind("id", sampleId)
                .map((rs, ctx) -> new StoredSample.PlanLine(CaseType.valueOf(rs.getString("case_type")),
                        rs.getInt("eligible"), rs.getInt("size"), rs.getString("working"))).list()
                .stream().sorted(java.util.Comparator.comparing(StoredSample.PlanLine::caseType)).toList();
    }

    private static List<StoredSample.SampleCase> cases(Handle h, long sampleId) {
        return h.createQuery("select s.id, s.case_id, c.case_reference, s.case_type, s.status, s.selected_by,"
                        + " s.revision from sample_case s join caseload_case c on c.id = s.case_id"
                        + " where s.sample_id = :id order by s.case_type, c.case_reference").bind("id", sampleId)
                .map((rs, ctx) -> new StoredSample.SampleCase(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getString("case_reference"), CaseType.valueOf(rs.getString("case_type")),
                        StoredSample.Status.valueOf(rs.getString("status")),
                        StoredSample.SelectedBy.valueOf(rs.getString("selected_by")), rs.getInt("revision"))).list();
    }

    private static List<StoredSample.ReplacementRecord> replacements(Handle h, long sampleId) {
        return h.createQuery("select r.id, o.case_reference as replaced, i.case_reference as replacement, r.reason,"
                        + " r.match_reason, r.replaced_at from sample_replacement r"
                        + " join sample_case os on os.id = r.replaced_sample_case_id"
                        + " join caseload_case o on o.id = os.case_id"
                        + " join sample_case ins on ins.id = r.replacement_sample_case_id"
                        + " join caseload_case i on i.id = ins.case_id"
                        + " where r.sample_id = :id order by r.id").bind("id", sampleId)
                .map((rs, ctx) -> new StoredSample.ReplacementRecord(rs.getLong("id"), rs.getString("replaced"),
                        rs.getString("replacement"), rs.getString("reason"), rs.getString("match_reason"),
                        rs.getObject("replaced_at", OffsetDateTime.class).toInstant())).list();
    }
}
