package org.yjinspect.assessment.domain;

import java.time.Instant;
import org.yjinspect.assessment.domain.AssessmentStatus;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.caseload.domain.RiskLevel;

/**
 * The small records a case assessment is made of. Each has its own revision (0: not saved yet)
 * and says who saved it last and when, so a write can be checked against the revision it was
 * based on and a refused write can show what is there now.
 */
public final class CaseRecords {
    private CaseRecords() {
    }

    /** What every record says about itself: its revision (0: not saved yet) and who saved it last. */
    public interface Revised {
        int revision();

        String updatedBy();
    }

    /** Where the case is in its life; a case never touched is not started, at revision 0. */
    public record CaseStatus(long sampleCaseId, AssessmentStatus status, String reworkReason, int revision,
                             String updatedBy, Instant updatedAt) implements Revised {
        public static CaseStatus notStarted(long sampleCaseId) {
            return new CaseStatus(sampleCaseId, AssessmentStatus.NOT_STARTED, null, 0, null, null);
        }
    }

    /** The inspector's own classifications, and whether each agrees with the service's. */
    public record Judgement(long sampleCaseId, RiskLevel riskOfSeriousHarm, Boolean riskOfSeriousHarmAgreesWithService,
                            RiskLevel safetyWellbeing, Boolean safetyWellbeingAgreesWithService, int revision,
                            String updatedBy, Instant updatedAt) implements Revised {
        public static Judgement none(long sampleCaseId) {
            return new Judgement(sampleCaseId, null, null, null, null, 0, null, null);
        }
    }

    /** One prompt's answer; {@code answer} is null when cleared or never given. */
    public record PromptAnswerRecord(long sampleCaseId, String promptId, PromptAnswer answer, int revision,
                                     String updatedBy, Instant updatedAt) implements Revised {
    }

    /** One key question's judgement; {@code answer} is null when cleared or never given. */
    public record KeyQuestionAnswerRecord(long sampleCaseId, String keyQuestionId, KeyQuestionAnswer answer,
                                          int revision, String updatedBy, Instant updatedAt) implements Revised {
    }

    /** The evidence note for a key question (the quotes reports use) and the good practice flag. */
    public record Evidence(long sampleCaseId, String keyQuestionId, String note, boolean goodPracticeExample,
                           int revision, String updatedBy, Instant updatedAt) implements Revised {
    }
}
