package org.yjinspect.assessment.app;

import java.util.List;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.CaseAssessment;
import org.yjinspect.assessment.domain.CaseChange;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.domain.Decision;
import org.yjinspect.assessment.domain.KeyQuestionState;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.app.StaleRecord;

/**
 * Turns what the store reports about a save (data) into the answer of the use case: the saved
 * record with the case's status and the key question's warnings, or the refusal in the
 * inspectors' words, at the edge where the adapters answer it (409 stale with the current
 * record, 409 closed or replaced, 404 gone, 400 or 404 for a refused decision).
 */
final class Saves {
    private Saves() {
    }

    static <T> CaseViews.AnswerSaved<T> answered(CaseAssessments.Saved<T> saved, CaseChange.Answer change,
                                                 CaseAssessment assessment, String what) {
        CaseViews.AnswerSaved<T> plain = plain(saved, change, what);
        KeyQuestionState state = saved.keyQuestion();
        List<String> warnings = assessment.keyQuestion(change.keyQuestionId()).map(kq -> Warnings.of(kq,
                state.answer(), state.prompts(), state.inspectorsRiskOfSeriousHarm())).orElse(List.of());
        return new CaseViews.AnswerSaved<>(plain.saved(), plain.caseStatus(), warnings);
    }

    static <T> CaseViews.AnswerSaved<T> plain(CaseAssessments.Saved<T> saved, CaseChange change, String what) {
        AssessedCase c = change.assessedCase();
        return switch (saved.outcome()) {
            case SAVED, UNCHANGED -> new CaseViews.AnswerSaved<>(saved.record(), saved.caseStatus(), List.of());
            case STALE -> throw new StaleRecord(StaleRecord.message(what + " for case " + c.reference(),
                    change.baseRevision(), revision(saved), updatedBy(saved)), saved.record());
            case CLOSED -> throw Problem.conflict("case " + c.reference() + ": "
                    + CaseAssessment.closedBecause(saved.caseStatus().status()).reason());
            case REPLACED -> throw SampledCases.replaced(c);
            case GONE -> throw Problem.notFound("there is no sampled case " + c.sampleCaseId() + " in inspection "
                    + c.inspectionId());
        };
    }

    static RuntimeException refusal(Decision.Refused<?> refused) {
        String reason = refused.ruling().reason();
        return switch (refused.kind()) {
            case NOT_IN_FORM -> Problem.notFound(reason);
            case INVALID_ANSWER -> Problem.invalid(reason);
            case NOT_ALLOWED_NOW -> Problem.conflict(reason);
        };
    }

    /** A status move based on a revision that is no longer the case's. */
    static CaseRecords.CaseStatus stale(CaseRecords.CaseStatus current, AssessedCase c, int base, String what) {
        throw new StaleRecord(StaleRecord.message(what + " of case " + c.reference(), base, current.revision(),
                current.updatedBy()), current);
    }

    private static int revision(CaseAssessments.Saved<?> saved) {
        return saved.record() instanceof CaseRecords.Revised r ? r.revision() : 0;
    }

    private static String updatedBy(CaseAssessments.Saved<?> saved) {
        return saved.record() instanceof CaseRecords.Revised r ? r.updatedBy() : null;
    }
}
