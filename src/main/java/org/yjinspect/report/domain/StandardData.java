package org.yjinspect.report.domain;

import java.util.List;

/** Annexe 2 for one case-based standard: each key question with every prompt's 'Yes' of relevant cases. */
public record StandardData(String number, String name, String caseTypeWords, List<KeyQuestionData> keyQuestions) {
    public StandardData {
        keyQuestions = List.copyOf(keyQuestions);
    }

    /** One key question's figure and its prompts, lettered a), b) ... in the framework's order. */
    public record KeyQuestionData(String text, int yes, int relevant, List<PromptLine> prompts) {
        public KeyQuestionData {
            prompts = List.copyOf(prompts);
        }

        public String figure() {
            return ReportFigures.figure(yes, relevant);
        }
    }

    /** A prompt: cases answered 'Yes' of those where it applied ('not applicable' and unanswered left out). */
    public record PromptLine(String letter, String text, int yes, int relevant) {
        public String figure() {
            return ReportFigures.figure(yes, relevant);
        }
    }
}
