package org.yjinspect.published.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PromptReconciliationPolicy;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedScorePolicy;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rules.Ruling;

/** Applies the importer's consistency rules to what was read and turns each breach into a warning. */
final class ConsistencyChecks {
    private ConsistencyChecks() {
    }

    /**
     * @param scored which standard numbers count towards the score
     * @param notRated standards the ratings page prints as not rated (no warning that their rating is missing)
     */
    static void ratingsPage(List<PublishedStandard> standards, Predicate<String> scored, Integer score,
                            Rating overall, List<String> notRated, List<ImportWarning> warnings) {
        LinkedHashMap<String, Rating> scoredRatings = new LinkedHashMap<>();
        standards.stream().filter(s -> scored.test(s.number())).forEach(s -> scoredRatings.put(s.number(), s.rating()));
        Ruling<Boolean> sum = PublishedScorePolicy.score(scoredRatings, score);
        if (Boolean.FALSE.equals(sum.value())) {
            warnings.add(ImportWarning.of(WarningKind.SCORE_MISMATCH, sum.reason()));
        }
        Rating resettlement = standards.stream().filter(s -> s.number().equals("4.1") && s.rating() != null)
                .map(PublishedStandard::rating).findFirst().orElse(null);
        Ruling<Boolean> band = PublishedScorePolicy.overall(score, scoredRatings.size(), overall, resettlement);
        if (Boolean.FALSE.equals(band.value())) {
            warnings.add(ImportWarning.of(WarningKind.OVERALL_MISMATCH, band.reason()));
        }
        if (score == null) {
            warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "no score was found on the ratings page"));
        }
        if (overall == null) {
            warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "no overall rating was found on the ratings page"));
        }
        standards.stream().filter(s -> s.rating() == null && !notRated.contains(s.number())).forEach(s -> warnings.add(ImportWarning.of(
                WarningKind.NOT_FOUND, "no published rating was found for standard " + s.number())));
    }

    /**
     * Prompts are compared with their key question only where the report prints all of them: a
     * prompt list cut short (as at the end of an annexe) proves nothing.
     */
    static void prompts(List<PublishedStandard> standards, Optional<Framework> framework, List<ImportWarning> warnings) {
        for (PublishedStandard standard : standards) {
            for (int q = 0; q < standard.keyQuestions().size(); q++) {
                PublishedKeyQuestion question = standard.keyQuestions().get(q);
                if (promptsCut(standard, q, framework)) {
                    continue;
                }
                Ruling<Boolean> reconciled = PromptReconciliationPolicy.check(question);
                if (Boolean.FALSE.equals(reconciled.value())) {
                    warnings.add(ImportWarning.of(WarningKind.PROMPTS_DO_NOT_RECONCILE, "standard " + standard.number()
                            + " key question " + (q + 1) + ": " + reconciled.reason()));
                }
            }
        }
    }

    private static boolean promptsCut(PublishedStandard standard, int question, Optional<Framework> framework) {
        Optional<Standard> known = framework.flatMap(f -> f.standard(standard.number()));
        if (known.isEmpty() || question >= known.get().keyQuestions().size()) {
            return false;
        }
        return standard.keyQuestions().get(question).prompts().size()
                < known.get().keyQuestions().get(question).prompts().size();
    }
}
