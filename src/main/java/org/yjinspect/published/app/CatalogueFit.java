package org.yjinspect.published.app;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.WarningKind;

/**
 * Fits the standards read from a report to the framework catalogue of its version: standards
 * the version does not have are left out, names are the framework's, key-question figures are
 * kept for rating only when the report gives every key question of a case-based standard, and
 * prompt lists shorter than the framework's are pointed out (the annexe may be cut short).
 */
final class CatalogueFit {
    private CatalogueFit() {
    }

    static List<PublishedStandard> fit(List<PublishedStandard> standards, Framework framework,
                                       List<ImportWarning> warnings) {
        List<PublishedStandard> fitted = new ArrayList<>();
        String version = framework.version().label();
        for (PublishedStandard printed : standards) {
            Standard standard = framework.standard(printed.number()).orElse(null);
            if (standard == null) {
                warnings.add(ImportWarning.of(WarningKind.CATALOGUE, "standard " + printed.number()
                        + " is not a standard of the " + version + " framework; it was left out"));
                continue;
            }
            PublishedStandard named = printed.withName(standard.name());
            fitted.add(standard.caseBased() ? caseBased(named, standard, warnings) : qualitative(named, version, warnings));
        }
        for (Standard standard : framework.standards()) {
            if (fitted.stream().noneMatch(s -> s.number().equals(standard.number()))) {
                warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "standard " + standard.number() + " "
                        + standard.name() + " was not found in the report"));
            }
        }
        return fitted;
    }

    private static PublishedStandard caseBased(PublishedStandard printed, Standard standard, List<ImportWarning> warnings) {
        List<PublishedKeyQuestion> questions = printed.keyQuestions();
        int expected = standard.keyQuestions().size();
        if (questions.isEmpty()) {
            warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "no key-question figures were found for standard "
                    + printed.number()));
            return printed.withKeyQuestions(questions, false);
        }
        if (questions.size() != expected) {
            warnings.add(ImportWarning.of(WarningKind.CATALOGUE, "standard " + printed.number() + ": " + questions.size()
                    + " key questions were found where the framework has " + expected + "; they are not rated"));
            return printed.withKeyQuestions(questions, false);
        }
        for (int q = 0; q < expected; q++) {
            prompts(printed.number(), q, questions.get(q), standard.keyQuestions().get(q), warnings);
        }
        return printed.withKeyQuestions(questions, true);
    }

    private static void prompts(String number, int index, PublishedKeyQuestion printed, KeyQuestion framework,
                                List<ImportWarning> warnings) {
        int found = printed.prompts().size();
        int expected = framework.prompts().size();
        if (found > 0 && expected > 0 && found < expected) {
            warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "standard " + number + " key question " + (index + 1)
                    + ": the report prints figures for " + found + " of its " + expected + " prompts"));
        }
    }

    private static PublishedStandard qualitative(PublishedStandard printed, String version, List<ImportWarning> warnings) {
        if (!printed.keyQuestions().isEmpty()) {
            warnings.add(ImportWarning.of(WarningKind.CATALOGUE, "standard " + printed.number()
                    + " is judged on qualitative evidence in the " + version
                    + " framework; the key-question figures printed for it were left out"));
        }
        return printed.withKeyQuestions(List.of(), true);
    }
}
