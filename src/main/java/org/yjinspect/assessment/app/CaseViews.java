package org.yjinspect.assessment.app;

import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.domain.AssessedCase;
import java.util.List;
import org.yjinspect.framework.domain.Applicability;

/** What the use cases show: a case's assessment form as it stands, and the list of cases with progress. */
public final class CaseViews {
    private CaseViews() {
    }

    /** A case in the list: status and how many of its key questions are answered. */
    public record CaseSummary(AssessedCase assessedCase, boolean assessed, CaseRecords.CaseStatus status,
                              int keyQuestionsAnswered, int keyQuestions) {
    }

    /** A case's whole assessment: its records with their revisions, standard by standard, with warnings. */
    public record CaseAssessment(AssessedCase assessedCase, CaseRecords.CaseStatus status, CaseRecords.Judgement judgement,
                                 List<StandardForm> standards, List<String> warnings) {
    }

    /** One standard assessed for the case. */
    public record StandardForm(String number, String name, List<KeyQuestionForm> keyQuestions) {
    }

    /** One key question: the inspector's judgement, the evidence note, the prompts, any warnings. */
    public record KeyQuestionForm(String id, String text, Applicability appliesTo,
                                  CaseRecords.KeyQuestionAnswerRecord answer, CaseRecords.Evidence evidence,
                                  List<PromptForm> prompts, List<String> warnings) {
    }

    /** One prompt and its answer record (revision 0 when not answered yet). */
    public record PromptForm(String id, String text, boolean notApplicableAllowed, CaseRecords.PromptAnswerRecord answer) {
    }

    /** The answer to a save: the record now stored, the case's status, and the key question's warnings. */
    public record AnswerSaved<T>(T saved, CaseRecords.CaseStatus caseStatus, List<String> warnings) {
    }
}
