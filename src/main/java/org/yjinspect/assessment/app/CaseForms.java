package org.yjinspect.assessment.app;

import org.yjinspect.assessment.domain.CaseAnswers;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.domain.AssessedCase;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;

/** Lays a case's stored answers over its standards, key questions and prompts, with the warnings. */
final class CaseForms {
    private CaseForms() {
    }

    static CaseViews.CaseAssessment of(AssessedCase assessed, List<Standard> standards, CaseAnswers answers) {
        long id = assessed.sampleCaseId();
        List<CaseViews.StandardForm> forms = new ArrayList<>();
        List<String> allWarnings = new ArrayList<>();
        var prompts = answers.promptAnswers();
        var risk = answers.judgement().riskOfSeriousHarm();
        for (Standard standard : standards) {
            List<CaseViews.KeyQuestionForm> keyQuestions = new ArrayList<>();
            for (KeyQuestion kq : standard.keyQuestions()) {
                CaseRecords.KeyQuestionAnswerRecord answer = answers.keyQuestions().getOrDefault(kq.id(),
                        new CaseRecords.KeyQuestionAnswerRecord(id, kq.id(), null, 0, null, null));
                CaseRecords.Evidence evidence = answers.evidence().getOrDefault(kq.id(),
                        new CaseRecords.Evidence(id, kq.id(), "", false, 0, null, null));
                List<String> warnings = Warnings.of(kq, answer.answer(), prompts, risk);
                allWarnings.addAll(warnings);
                keyQuestions.add(new CaseViews.KeyQuestionForm(kq.id(), kq.text(), kq.appliesTo(), answer, evidence,
                        kq.prompts().stream().map(p -> prompt(id, p, answers)).toList(), warnings));
            }
            forms.add(new CaseViews.StandardForm(standard.number(), standard.name(), keyQuestions));
        }
        return new CaseViews.CaseAssessment(assessed, answers.status(), answers.judgement(), forms, allWarnings);
    }

    private static CaseViews.PromptForm prompt(long sampleCaseId, Prompt prompt, CaseAnswers answers) {
        return new CaseViews.PromptForm(prompt.id(), prompt.text(), prompt.notApplicableAllowed(),
                answers.prompts().getOrDefault(prompt.id(),
                        new CaseRecords.PromptAnswerRecord(sampleCaseId, prompt.id(), null, 0, null, null)));
    }
}
