package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.rating.domain.Rating;

/**
 * Puts each standard together from the ratings page (number, name, rating), its own chapter
 * (rating under the heading, key-question figures) and the data annexe (prompt figures). The
 * ratings page is the published rating; the chapter fills a gap and is checked against it.
 */
final class StandardsAssembler {
    private StandardsAssembler() {
    }

    static List<PublishedStandard> assemble(RatingsPage page, ReportText text, SectionMap sections,
                                            Map<String, List<PublishedKeyQuestion>> annexe, List<ImportWarning> warnings) {
        Map<String, PublishedStandard> standards = new LinkedHashMap<>();
        if (page != null) {
            for (RatingsPage.PrintedRating printed : page.standards()) {
                standards.putIfAbsent(printed.number(), PublishedStandard.printed(printed.number(), printed.name(),
                        printed.rating()));
            }
        }
        Set<String> read = new HashSet<>();
        for (SectionMap.Section section : sections.standardSections()) {
            if (!read.add(section.number())) {
                continue;
            }
            PublishedStandard standard = standards.getOrDefault(section.number(),
                    PublishedStandard.printed(section.number(), section.name(), null));
            Optional<Rating> chapter = StandardRatingReader.read(text, section);
            standard = checkRating(standard, chapter, warnings);
            List<PublishedKeyQuestion> questions = SectionGuard.read("key questions of standard " + section.number(),
                    () -> StandardFiguresParser.parse(text, section, warnings), List.of(), warnings);
            standards.put(section.number(), standard.withKeyQuestions(questions, true));
        }
        annexe.forEach((number, data) -> {
            PublishedStandard standard = standards.get(number);
            if (standard != null) {
                standards.put(number, standard.withKeyQuestions(withPrompts(standard.keyQuestions(), data), true));
            }
        });
        List<PublishedStandard> ordered = new ArrayList<>(standards.values());
        ordered.sort((a, b) -> a.number().compareTo(b.number()));
        return ordered;
    }

    private static PublishedStandard checkRating(PublishedStandard standard, Optional<Rating> chapter,
                                                 List<ImportWarning> warnings) {
        if (standard.rating() == null && chapter.isPresent()) {
            warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "standard " + standard.number()
                    + " has no rating on the ratings page; the rating under its heading is used"));
            return standard.withRating(chapter.get());
        }
        if (standard.rating() != null && chapter.isPresent() && chapter.get() != standard.rating()) {
            warnings.add(ImportWarning.of(WarningKind.INCONSISTENT_FIGURES, "standard " + standard.number()
                    + " is rated " + standard.rating().label() + " on the ratings page but "
                    + chapter.get().label() + " under its heading"));
        }
        return standard;
    }

    /** Prompts from the annexe go to the key question of the same wording, else of the same place. */
    private static List<PublishedKeyQuestion> withPrompts(List<PublishedKeyQuestion> body, List<PublishedKeyQuestion> data) {
        if (body.isEmpty()) {
            return data;
        }
        List<PublishedKeyQuestion> merged = new ArrayList<>(body);
        Set<Integer> used = new HashSet<>();
        for (PublishedKeyQuestion annexed : data) {
            int target = StandardFiguresParser.bestMatch(annexed.text(), merged, used);
            if (target >= 0 && merged.get(target).prompts().isEmpty()) {
                used.add(target);
                merged.set(target, merged.get(target).withPrompts(annexed.prompts()));
            }
        }
        return merged;
    }
}
