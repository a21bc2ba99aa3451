package org.yjinspect.secondreading.app;

import java.util.List;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;

/** Builds the second reader's form: the case's standards, in the framework's order, with the second reading's answers. */
final class SecondFormViews {
    private SecondFormViews() {
    }

    static SecondReadingForm of(ReadingContext context, long sampleCaseId, List<SecondReadingRecords.StoredAnswer> rows) {
        var stored = context.chosen(sampleCaseId);
        Reading reading = Readings.of(stored.secondReader(), stored.state(), rows);
        List<SecondReadingForm.StandardForm> standards = context.assessment(sampleCaseId).standards().stream()
                .map(s -> standard(s, reading)).toList();
        return new SecondReadingForm(context.view(sampleCaseId), context.sampledCase(sampleCaseId).caseType().name(),
                standards, reading.classification(), stored.revision(), stored.updatedBy());
    }

    private static SecondReadingForm.StandardForm standard(Standard standard, Reading reading) {
        return new SecondReadingForm.StandardForm(standard.number(), standard.name(), standard.keyQuestions().stream()
                .map(kq -> keyQuestion(kq, reading)).toList());
    }

    private static SecondReadingForm.KeyQuestionForm keyQuestion(KeyQuestion kq, Reading reading) {
        return new SecondReadingForm.KeyQuestionForm(kq.id(), kq.text(), kq.appliesTo(), reading.keyQuestions().get(kq.id()),
                kq.prompts().stream().map(p -> prompt(p, reading)).toList());
    }

    private static SecondReadingForm.PromptForm prompt(Prompt p, Reading reading) {
        return new SecondReadingForm.PromptForm(p.id(), p.text(), p.notApplicableAllowed(), reading.prompts().get(p.id()));
    }
}
