package org.yjinspect.assessment.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.CaseAssessment;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/**
 * Finds a sampled case of an inspection as a {@link CaseAssessment}. The facts a write is checked
 * against (the case's type and disposal, the inspection's framework version) never change once a
 * case is sampled, so they are kept in a bounded cache and an answer save needs no read before
 * its one write. Whatever can change (replaced, discarded, published) is checked by the write.
 */
final class SampledCases {
    private static final int CACHED_CASES = 20_000;
    private final InspectionService inspections;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final CaseAssessments store;
    // Concurrent maps, so that saves never wait on each other here; emptied when full, as a
    // sample is a few hundred cases and a full cache means old inspections' cases.
    private final Map<Long, AssessedCase> facts = new ConcurrentHashMap<>();
    private final Map<Long, Framework> byInspection = new ConcurrentHashMap<>();

    SampledCases(InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                 CaseAssessments store) {
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.store = store;
    }

    /** The case to write to; whether it is still sampled is checked by the write itself. */
    CaseAssessment forWriting(long inspectionId, long sampleCaseId) {
        AssessedCase cached = facts.get(sampleCaseId);
        if (cached == null || cached.inspectionId() != inspectionId) {
            cached = find(inspectionId, sampleCaseId);
            if (facts.size() >= CACHED_CASES) {
                facts.clear();
            }
            facts.put(sampleCaseId, cached);
        }
        return CaseAssessment.of(cached, frameworkForWriting(inspectionId));
    }

    AssessedCase find(long inspectionId, long sampleCaseId) {
        framework(inspectionId);
        return store.find(inspectionId, sampleCaseId).orElseThrow(() -> Problem.notFound("there is no sampled case "
                + sampleCaseId + " in inspection " + inspectionId));
    }

    AssessedCase withReference(long inspectionId, String reference) {
        inspections.get(inspectionId);
        return store.findByReference(inspectionId, reference).orElseThrow(() -> Problem.notFound("case "
                + SafeText.shown(reference) + " is not in the sample of inspection " + inspectionId));
    }

    Framework framework(long inspectionId) {
        return frameworks.apply(inspections.get(inspectionId).frameworkVersion());
    }

    /** The inspection's framework, cached: its version is pinned when the inspection is created. */
    private Framework frameworkForWriting(long inspectionId) {
        Framework framework = byInspection.get(inspectionId);
        if (framework == null) {
            framework = frameworks.apply(inspections.get(inspectionId).frameworkVersion());
            if (byInspection.size() > 1000) {
                byInspection.clear();
            }
            byInspection.put(inspectionId, framework);
        }
        return framework;
    }

    /** A case found but no longer in the sample. */
    static Problem replaced(AssessedCase c) {
        return Problem.conflict("case " + c.reference() + " was replaced in the sample, so it is no longer"
                + " assessed; its answers are kept as they were");
    }
}
