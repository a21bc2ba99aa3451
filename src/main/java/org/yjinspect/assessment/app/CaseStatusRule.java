package org.yjinspect.assessment.app;

import org.yjinspect.access.app.InspectionAccess;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.Action;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.QualityAssurancePolicy;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * Asks {@link QualityAssurancePolicy} whether a person may move one case's status, with its facts
 * read as the access gate reads them and with who assessed the case. The API, the case page and
 * the command line all ask here, so a move refused by one is refused by all, in the same words.
 */
public final class CaseStatusRule {
    private final InspectionAccess access;
    private final AssessmentService assessments;

    public CaseStatusRule(InspectionAccess access, AssessmentService assessments) {
        this.access = access;
        this.assessments = assessments;
    }

    /** The ruling on {@code username} (the account {@code asker}) moving the case to {@code to}. */
    public Ruling<Verdict> mayMove(InspectionAccess.Asker asker, String username, long inspectionId,
                                   long sampleCaseId, AssessmentStatus to) {
        Action action = QualityAssurancePolicy.actionFor(to);
        Ruling<Access> onTheAction = access.decide(asker, inspectionId, action.caseLevel() ? sampleCaseId : null,
                action);
        String assessor = QualityAssurancePolicy.assures(to) && onTheAction.value() == Access.ALLOWED
                ? assessments.assessor(sampleCaseId).orElse(null) : null;
        return QualityAssurancePolicy.mayMove(to, new QualityAssurancePolicy.Facts(onTheAction, username, assessor));
    }
}
