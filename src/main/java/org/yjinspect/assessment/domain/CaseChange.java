package org.yjinspect.assessment.domain;

import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.records.domain.Actor;

/**
 * One change to a case assessment, as the aggregate has checked it: what the store must apply
 * atomically, with the revision it is based on and the statuses in which it may still be made
 * (the status rule, re-checked under the case's lock when the change is applied).
 */
public sealed interface CaseChange {
    AssessedCase assessedCase();

    int baseRevision();

    Actor actor();

    /** A prompt's answer ({@code promptId} set) or a key question's judgement ({@code promptId} null). */
    record Answer(AssessedCase assessedCase, String standardNumber, String keyQuestionId, String promptId,
                  Enum<?> answer, int baseRevision, Actor actor) implements CaseChange {
        public String answerName() {
            return answer == null ? null : answer.name();
        }
    }

    /** The evidence note for a key question and its good practice flag. */
    record Evidence(AssessedCase assessedCase, String standardNumber, String keyQuestionId, String note,
                    boolean goodPracticeExample, int baseRevision, Actor actor) implements CaseChange {
    }

    /** The inspector's own classifications of the case. */
    record Judgement(AssessedCase assessedCase, RiskLevel riskOfSeriousHarm, Boolean riskAgrees,
                     RiskLevel safetyWellbeing, Boolean wellbeingAgrees, int baseRevision, Actor actor)
            implements CaseChange {
    }

    /** A move of the case's status, from the status it was loaded at; the rework reason kept after it. */
    record StatusMove(AssessedCase assessedCase, CaseRecords.CaseStatus from, AssessmentStatus to,
                      String reworkReason, int baseRevision, Actor actor) implements CaseChange {
    }
}
