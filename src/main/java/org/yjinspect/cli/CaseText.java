package org.yjinspect.cli;

import java.util.List;
import java.util.Locale;
import org.yjinspect.assessment.app.CaseViews;

/**
 * Case assessments as plain text for the terminal: each key question and prompt with its answer
 * and revision, and the framework's wording beneath it. Stored text is shown with control
 * characters made visible.
 */
final class CaseText {
    private CaseText() {
    }

    static String words(Enum<?> value) {
        return value == null ? "-" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String list(List<CaseViews.CaseSummary> cases) {
        StringBuilder text = new StringBuilder();
        for (CaseViews.CaseSummary c : cases) {
            text.append(String.format("%-12s %-22s %-20s %s%n", c.assessedCase().reference(),
                    words(c.assessedCase().caseType()), c.assessedCase().selected() ? words(c.status().status()) : "replaced",
                    c.assessed() ? c.keyQuestionsAnswered() + "/" + c.keyQuestions() + " key questions" : "illustrative only"));
        }
        return text.toString();
    }

    static String form(CaseViews.CaseAssessment form) {
        StringBuilder text = new StringBuilder();
        var c = form.assessedCase();
        text.append("Case ").append(c.reference()).append(" (").append(words(c.caseType())).append(", ")
                .append(words(c.disposalType())).append("): ").append(words(form.status().status()))
                .append(" [status revision ").append(form.status().revision()).append("]\n");
        var j = form.judgement();
        text.append("  classifications [revision ").append(j.revision()).append("]: risk of serious harm ")
                .append(words(j.riskOfSeriousHarm())).append(", safety and wellbeing ").append(words(j.safetyWellbeing()))
                .append('\n');
        for (CaseViews.StandardForm standard : form.standards()) {
            text.append("Standard ").append(standard.number()).append(' ').append(standard.name()).append('\n');
            for (CaseViews.KeyQuestionForm kq : standard.keyQuestions()) {
                text.append("  ").append(kq.id()).append(": ").append(words(kq.answer().answer())).append(" [revision ")
                        .append(kq.answer().revision()).append("]\n");
                wording(text, "      ", kq.text());
                for (CaseViews.PromptForm p : kq.prompts()) {
                    text.append("    ").append(p.id()).append(": ").append(words(p.answer().answer()))
                            .append(" [revision ").append(p.answer().revision()).append("]\n");
                    wording(text, "        ", p.text());
                }
                if (!kq.evidence().note().isEmpty()) {
                    text.append("    evidence [revision ").append(kq.evidence().revision()).append("]")
                            .append(kq.evidence().goodPracticeExample() ? " (good practice)" : "").append(": ")
                            .append(visible(kq.evidence().note())).append('\n');
                }
                kq.warnings().forEach(w -> text.append("    warning: ").append(w).append('\n'));
            }
        }
        return text.toString();
    }

    /** The framework's wording of a key question or prompt, on its own line under the answer. */
    private static void wording(StringBuilder text, String indent, String wording) {
        text.append(indent).append(visible(wording.replace('\n', ' '))).append('\n');
    }

    /** Stored text for a terminal: line breaks kept, other control characters shown as '?'. */
    static String visible(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "?").replace("\n", "\n      ");
    }
}
