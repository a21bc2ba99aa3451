package org.yjinspect.assessment.app;

import java.util.List;
import java.util.function.Function;
import org.yjinspect.assessment.domain.StandardsForCasePolicy;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/** Finds a sampled case of an inspection, with the standards of the inspection's framework assessed for it. */
final class SampledCases {
    private final InspectionService inspections;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final CaseAssessments store;

    SampledCases(InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                 CaseAssessments store) {
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.store = store;
    }

    /** A case that may be written to, with the standards assessed for it. */
    record Target(AssessedCase assessedCase, List<Standard> standards) {
    }

    Target writable(CaseRef ref) {
        Framework framework = frameworks.apply(inspections.get(ref.inspectionId()).frameworkVersion());
        AssessedCase assessed = store.find(ref.inspectionId(), ref.sampleCaseId()).orElseThrow(() ->
                Problem.notFound("there is no sampled case " + ref.sampleCaseId() + " in inspection " + ref.inspectionId()));
        if (!assessed.selected()) {
            throw Problem.conflict("case " + assessed.reference() + " was replaced in the sample, so it is no longer"
                    + " assessed; its answers are kept as they were");
        }
        return new Target(assessed, standards(framework, assessed));
    }

    AssessedCase find(long inspectionId, long sampleCaseId) {
        inspections.get(inspectionId);
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

    static List<Standard> standards(Framework framework, AssessedCase assessed) {
        return StandardsForCasePolicy.standards(framework, assessed.caseType());
    }
}
