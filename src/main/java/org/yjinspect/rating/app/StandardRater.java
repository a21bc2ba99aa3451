package org.yjinspect.rating.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.rating.domain.CountsFromPrintedPercentPolicy;
import org.yjinspect.rating.domain.DiscretionTriggerPolicy;
import org.yjinspect.rating.domain.DiscretionTriggers;
import org.yjinspect.rating.domain.KeyQuestionBandPolicy;
import org.yjinspect.rating.domain.KeyQuestionFigure;
import org.yjinspect.rating.domain.LowestKeyQuestionPolicy;
import org.yjinspect.rating.domain.PanelDiscretionPolicy;
import org.yjinspect.rating.domain.PanelOutcome;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rating.domain.StandardRating;
import org.yjinspect.rules.Ruling;

/**
 * Rates one standard: lowest key question, discretion triggers, ratings panel, published check.
 * A panel decision the discretion rule refuses is carried on the result, not thrown. Figures
 * that do not fit the standard (key questions for a qualitative one, or another number of them
 * than the catalogue has) are a fault of the adapter that built the command: every adapter
 * checks them against the same catalogue first.
 */
final class StandardRater {
    private final CaseCounts cases;

    StandardRater(CaseCounts cases) {
        this.cases = cases;
    }

    StandardResult rate(Standard standard, StandardEntry entry) {
        return standard.caseBased() ? rateCaseBased(standard, entry) : rateQualitative(standard, entry);
    }

    private StandardResult rateQualitative(Standard standard, StandardEntry entry) {
        if (!entry.keyQuestions().isEmpty()) {
            throw new IllegalArgumentException("standard " + standard.number()
                    + " is qualitative: give its judged rating, not key question figures");
        }
        StandardRating judged = entry.rating().isPresent()
                ? new StandardRating(entry.rating(), -1, "Judged by the inspectors on qualitative evidence.")
                : StandardRating.notRated("Not rated: no judgement recorded.");
        Ruling<PanelOutcome> panel = PanelDiscretionPolicy.decide(false, judged, DiscretionTriggers.NONE, entry.panel());
        return new StandardResult(standard, List.of(), judged, DiscretionTriggers.NONE, panel, Optional.empty(),
                Optional.empty());
    }

    private StandardResult rateCaseBased(Standard standard, StandardEntry entry) {
        List<KeyQuestionFigure> figures = figures(standard, entry);
        StandardRating computed = figures.isEmpty()
                ? StandardRating.notRated("Not rated: no key question figures recorded.")
                : LowestKeyQuestionPolicy.rate(figures);
        DiscretionTriggers triggers = DiscretionTriggerPolicy.evaluate(computed, figures);
        Ruling<PanelOutcome> panel = PanelDiscretionPolicy.decide(true, computed, triggers, entry.panel());
        return new StandardResult(standard, keyQuestionResults(standard, figures), computed, triggers, panel,
                entry.rating(), difference(entry.rating(), panel.value().finalRating(), triggers));
    }

    private List<KeyQuestionFigure> figures(Standard standard, StandardEntry entry) {
        if (!entry.keyQuestions().isEmpty() && entry.keyQuestions().size() != standard.keyQuestions().size()) {
            throw new IllegalArgumentException(entry.keyQuestions().size() + " key question figures given, but standard "
                    + standard.number() + " has " + standard.keyQuestions().size() + " key questions");
        }
        List<KeyQuestionFigure> figures = new ArrayList<>();
        for (int i = 0; i < entry.keyQuestions().size(); i++) {
            KeyQuestionFigure given = entry.keyQuestions().get(i);
            KeyQuestionFigure named = new KeyQuestionFigure(standard.keyQuestions().get(i).text(), given.yes(),
                    given.relevant(), given.printedPercent(), given.countsInferred());
            figures.add(CountsFromPrintedPercentPolicy.infer(named, cases.of(standard.caseType())));
        }
        return figures;
    }

    private static List<KeyQuestionResult> keyQuestionResults(Standard standard, List<KeyQuestionFigure> figures) {
        List<KeyQuestionResult> results = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            KeyQuestion question = standard.keyQuestions().get(i);
            results.add(new KeyQuestionResult(question.id(), question.text(), figures.get(i),
                    KeyQuestionBandPolicy.band(figures.get(i))));
        }
        return results;
    }

    private static Optional<String> difference(Optional<Rating> published, Optional<Rating> finalRating,
                                               DiscretionTriggers triggers) {
        if (published.isEmpty() || published.equals(finalRating)) {
            return Optional.empty();
        }
        String computed = finalRating.map(Rating::label).orElse("not rated");
        return Optional.of("published " + published.get().label() + " differs from computed " + computed + "; "
                + (triggers.any() ? "a discretion trigger holds (" + triggers.summary()
                + "), so a ratings panel decision may explain it"
                : "no discretion trigger explains it"));
    }
}
