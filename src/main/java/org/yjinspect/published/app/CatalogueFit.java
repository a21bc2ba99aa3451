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
        int otherNames = 0;
        for (PublishedStandard printed : standards) {
            Standard standard = framework.standard(printed.number()).orElse(null);
            if (standard == null) {
                warnings.add(ImportWarning.of(WarningKind.CATALOGUE, "standard " + printed.number()
                        + " is not a standard of the " + version + " framework; it was left out"));
                continue;
            }
            PublishedStandard named = printed.withName(standard.name());
            if (!StandardNaming.sameStandard(printed.name(), standard.name())) {
                otherNames++;
                warnings.add(ImportWarning.of(WarningKind.CATALOGUE, "standard " + printed.number() + " is printed as '"
                        + printed.name() + "', not as the " + version + " framework's '" + standard.name()
                        + "'; its figures are kept but not rated"));
                fitted.add(named.withKeyQuestions(named.keyQuestions(), false));
                continue;
            }
            fitted.add(standard.caseBased() ? caseBased(named, standard, warnings) : qualitative(named, version, warnings));
        }
        if (otherNames >= 2) {
            warnings.add(ImportWarning.of(WarningKind.VERSION_UNCERTAIN, otherNames + " standards are printed under names "
                    + "the " + version + " framework does not use: the report may follow a framework yjinspect does not "
                    + "know"));
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
        List<PublishedKeyQuestion> ordered = inFrameworkOrder(questions, standard);
        if (!ordered.equals(questions)) {
            warnings.add(ImportWarning.of(WarningKind.CATALOGUE, "standard " + printed.number()
                    + ": the key questions are printed in another order than the framework's; they are rated in the "
                    + "framework's order"));
        }
        for (int q = 0; q < expected; q++) {
            prompts(printed.number(), q, ordered.get(q), standard.keyQuestions().get(q), warnings);
        }
        return printed.withKeyQuestions(ordered, true);
    }

    /**
     * The rating input takes key questions in the framework's order. Where every printed key
     * question is recognised as a different one of the framework's, they are put in its order;
     * wording the catalogue does not know leaves the printed order as it is.
     */
    static List<PublishedKeyQuestion> inFrameworkOrder(List<PublishedKeyQuestion> printed, Standard standard) {
        List<PublishedKeyQuestion> ordered = new ArrayList<>();
        for (KeyQuestion question : standard.keyQuestions()) {
            List<PublishedKeyQuestion> matches = printed.stream().filter(p -> question.isPrintedAs(p.text())).toList();
            if (matches.size() != 1 || ordered.contains(matches.get(0))) {
                return printed;
            }
            ordered.add(matches.get(0));
        }
        return ordered;
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
