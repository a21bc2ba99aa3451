package org.yjinspect.report.app;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.report.domain.StandardData;

/** Annexe 2: every case-based standard's key questions with every prompt's figure, in the framework's order. */
final class DataAnnexe {
    private DataAnnexe() {
    }

    static List<StandardData> standards(Framework framework, CaseFigures cases) {
        List<StandardData> data = new ArrayList<>();
        for (Standard standard : framework.standards()) {
            if (!standard.caseBased()) {
                continue;
            }
            List<StandardData.KeyQuestionData> questions = new ArrayList<>();
            for (KeyQuestion kq : standard.keyQuestions()) {
                List<StandardData.PromptLine> prompts = new ArrayList<>();
                for (int i = 0; i < kq.prompts().size(); i++) {
                    Prompt prompt = kq.prompts().get(i);
                    int[] figure = cases.prompt(prompt.id());
                    prompts.add(new StandardData.PromptLine(String.valueOf((char) ('a' + i)), prompt.text(), figure[0],
                            figure[1]));
                }
                int[] figure = cases.keyQuestion(kq.id());
                questions.add(new StandardData.KeyQuestionData(kq.text(), figure[0], figure[1], prompts));
            }
            data.add(new StandardData(standard.number(), standard.name(), words(standard.caseType()), questions));
        }
        return data;
    }

    private static String words(CaseType type) {
        return switch (type) {
            case COURT_DISPOSAL -> "court disposals";
            case OUT_OF_COURT_DISPOSAL -> "out-of-court disposals";
            case RESETTLEMENT -> "resettlement";
        };
    }
}
