package org.yjinspect.sampling.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.sampling.domain.SamplingRules;

/**
 * A sample as stored: the seed and rules that reproduce the draw, the plan shown when it was
 * drawn, every case ever selected (replaced ones stay, marked as replaced) and the history of
 * replacements. {@code revision} goes up with each replacement.
 */
public record StoredSample(long id, long inspectionId, long seed, SamplingRules rules, int caseloadRevision,
                           Instant drawnAt, int revision, List<PlanLine> plan, List<SampleCase> cases,
                           List<ReplacementRecord> replacements) {
    /** The size worked out for one case type when the sample was drawn. */
    public record PlanLine(CaseType caseType, int eligible, int size, String working) {
    }

    /** Whether a case is in the sample now, or was replaced. */
    public enum Status { SELECTED, REPLACED }

    /** How a case came into the sample. */
    public enum SelectedBy { DRAW, REPLACEMENT }

    /** A case selected for the sample. Its id is what later case assessments refer to. */
    public record SampleCase(long id, long caseId, String reference, CaseType caseType, Status status,
                             SelectedBy selectedBy, int revision) {
    }

    /** One replacement: which case went, which came, the inspector's reason and the match found. */
    public record ReplacementRecord(long id, String replacedReference, String replacementReference, String reason,
                                    String matchReason, Instant replacedAt) {
    }

    public StoredSample {
        plan = List.copyOf(plan);
        cases = List.copyOf(cases);
        replacements = List.copyOf(replacements);
    }

    public List<SampleCase> selected() {
        return cases.stream().filter(c -> c.status() == Status.SELECTED).toList();
    }

    public Optional<SampleCase> caseWithReference(String reference) {
        return cases.stream().filter(c -> c.reference().equals(reference)).findFirst();
    }
}
