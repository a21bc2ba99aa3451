package org.yjinspect.report.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.domain.KeyQuestionAnswer;
import org.yjinspect.assessment.domain.PromptAnswer;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.framework.domain.CaseType;

/**
 * What the report needs from the cases now in the sample, read once: each prompt's and key
 * question's 'Yes' of relevant cases ('not applicable', 'not relevant' and unanswered left out of
 * both, as the live ratings count), the good practice examples inspectors marked for the report,
 * and the cases and disposal types inspected.
 */
final class CaseFigures {
    private final Map<String, int[]> prompts = new HashMap<>();
    private final Map<String, int[]> keyQuestions = new HashMap<>();
    private final Map<String, List<String>> goodPractice = new HashMap<>();
    private final Map<CaseType, Integer> cases = new EnumMap<>(CaseType.class);
    private final Map<DisposalType, Integer> outOfCourtTypes = new EnumMap<>(DisposalType.class);

    private CaseFigures() {
    }

    static CaseFigures read(AssessmentService assessments, long inspectionId) {
        CaseFigures figures = new CaseFigures();
        for (CaseViews.CaseSummary summary : assessments.list(inspectionId)) {
            if (summary.assessedCase().selected()) {
                figures.add(summary, summary.assessed() ? assessments.show(inspectionId,
                        summary.assessedCase().sampleCaseId()) : null);
            }
        }
        return figures;
    }

    private void add(CaseViews.CaseSummary summary, CaseViews.CaseAssessment form) {
        CaseType type = summary.assessedCase().caseType();
        cases.merge(type, 1, Integer::sum);
        if (type == CaseType.OUT_OF_COURT_DISPOSAL) {
            outOfCourtTypes.merge(summary.assessedCase().disposalType(), 1, Integer::sum);
        }
        if (form == null) {
            return;
        }
        for (CaseViews.StandardForm standard : form.standards()) {
            for (CaseViews.KeyQuestionForm kq : standard.keyQuestions()) {
                KeyQuestionAnswer judged = kq.answer() == null ? null : kq.answer().answer();
                count(keyQuestions, kq.id(), judged == KeyQuestionAnswer.YES, judged == KeyQuestionAnswer.NO);
                for (CaseViews.PromptForm prompt : kq.prompts()) {
                    PromptAnswer answer = prompt.answer() == null ? null : prompt.answer().answer();
                    count(prompts, prompt.id(), answer == PromptAnswer.YES, answer == PromptAnswer.NO);
                }
                if (kq.evidence() != null && kq.evidence().goodPracticeExample() && kq.evidence().note() != null
                        && !kq.evidence().note().isBlank()) {
                    goodPractice.computeIfAbsent(standard.number(), n -> new ArrayList<>()).add(kq.evidence().note().strip());
                }
            }
        }
    }

    private static void count(Map<String, int[]> tally, String id, boolean yes, boolean no) {
        int[] counts = tally.computeIfAbsent(id, k -> new int[2]);
        if (yes || no) {
            counts[1]++;
        }
        if (yes) {
            counts[0]++;
        }
    }

    /** {yes, relevant} for a prompt. */
    int[] prompt(String promptId) {
        return prompts.getOrDefault(promptId, new int[2]).clone();
    }

    /** {yes, relevant} for a key question. */
    int[] keyQuestion(String keyQuestionId) {
        return keyQuestions.getOrDefault(keyQuestionId, new int[2]).clone();
    }

    List<String> goodPractice(String standardNumber) {
        return List.copyOf(goodPractice.getOrDefault(standardNumber, List.of()));
    }

    int cases(CaseType type) {
        return cases.getOrDefault(type, 0);
    }

    Map<DisposalType, Integer> outOfCourtTypes() {
        return new EnumMap<>(outOfCourtTypes);
    }
}
