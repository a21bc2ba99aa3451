package org.yjinspect.published.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.rating.app.CaseCounts;
import org.yjinspect.rating.app.RateInspectionCommand;
import org.yjinspect.rating.app.StandardEntry;
import org.yjinspect.rating.domain.KeyQuestionFigure;
import org.yjinspect.rating.domain.PanelDecision;

/**
 * The rating engine's command for an imported report, the same one {@code yjinspect rate} reads
 * from the report's JSON: one entry per standard of the framework, with the key-question
 * figures only where they are fit to rate (counts where counted, else the printed percentage),
 * the published rating to check against, the recorded panel decision, the cases inspected, and
 * the published score and overall rating. The standards come from the catalogue the report was
 * fitted to, so every entry fits the framework by construction.
 */
final class PublishedRatingInput {
    private PublishedRatingInput() {
    }

    static RateInspectionCommand command(PublishedReport report, Framework framework) {
        List<StandardEntry> entries = new ArrayList<>();
        for (Standard standard : framework.standards()) {
            report.standard(standard.number()).ifPresent(printed -> entries.add(entry(printed, standard)));
        }
        CasesInspected cases = report.cases();
        return new RateInspectionCommand(report.service(), framework.version(), entries,
                new CaseCounts(cases.court(), cases.outOfCourt(), cases.resettlement()),
                Optional.ofNullable(report.score()), Optional.ofNullable(report.overallRating()));
    }

    private static StandardEntry entry(PublishedStandard printed, Standard standard) {
        List<KeyQuestionFigure> figures = standard.caseBased() && printed.rateable()
                ? printed.keyQuestions().stream().map(PublishedKeyQuestion::figure).map(PublishedRatingInput::figure)
                        .toList()
                : List.of();
        return new StandardEntry(standard.number(), figures, Optional.ofNullable(printed.rating()),
                Optional.ofNullable(printed.panel()).map(p -> new PanelDecision(p.rating(), p.rationale())));
    }

    /** Counts when the report counts; otherwise the printed percentage ({@link CaseFigure#rateable()}). */
    private static KeyQuestionFigure figure(CaseFigure figure) {
        return figure.hasCounts() ? KeyQuestionFigure.counted(null, figure.yes(), figure.relevant())
                : KeyQuestionFigure.percentOnly(null, figure.percent());
    }
}
