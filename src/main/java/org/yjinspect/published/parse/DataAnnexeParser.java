package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PromptFigure;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.WarningKind;

/**
 * Reads the inspection data annexe (2021 layout): under "2.1. Assessment (court disposals)"
 * each key question on a line of its own, then its lettered prompts "a) ...?  75%" (the figure
 * in a cell, after the question mark, or on the next line). Lines in a
 * data table that cannot be read are reported, and prompt letters printed twice or skipped are
 * flagged.
 */
final class DataAnnexeParser {
    private DataAnnexeParser() {
    }

    /** Key questions (text and prompts, no key-question figure) per standard number, in printed order. */
    static Map<String, List<PublishedKeyQuestion>> parse(ReportText text, SectionMap sections, List<ImportWarning> warnings) {
        Map<String, List<PublishedKeyQuestion>> data = new LinkedHashMap<>();
        for (SectionMap.Section section : sections.dataSections()) {
            List<PublishedKeyQuestion> questions = section(text, section, warnings);
            if (!questions.isEmpty()) {
                data.putIfAbsent(section.number(), questions);
            }
        }
        return data;
    }

    private static List<PublishedKeyQuestion> section(ReportText text, SectionMap.Section section,
                                                      List<ImportWarning> warnings) {
        List<PublishedKeyQuestion> questions = new ArrayList<>();
        List<PromptFigure> prompts = new ArrayList<>();
        String question = null;
        String openPrompt = null;
        for (int i = section.from() + 1; i < section.to(); i++) {
            Line line = text.get(i);
            if (line.blank() || line.footnote()) {
                continue;
            }
            List<String> cells = cells(line);
            String words = cells.get(0);
            List<String> values = cells.subList(1, cells.size());
            if (Questions.letter(words) != null) {
                openPrompt = prompt(words, values, line.number(), prompts, section, warnings);
            } else if (openPrompt != null && Questions.startsLower(words)) {
                openPrompt = prompt(openPrompt + " " + words, values, line.number(), prompts, section, warnings);
            } else if (openPrompt != null && !line.hasCells() && FigureCell.parse(words).isPresent()) {
                openPrompt = prompt(openPrompt, List.of(words), line.number(), prompts, section, warnings);
            } else if (Questions.isQuestion(words)) {
                close(question, prompts, questions, section, warnings);
                question = Questions.clean(words);
                prompts = new ArrayList<>();
                openPrompt = null;
            } else if (line.tabbed() && !labelledOrHeading(words, values)) {
                warnings.add(ImportWarning.at(WarningKind.UNREADABLE_LINE, "standard " + section.number()
                        + " inspection data: a line could not be read and was left out: '" + snippet(line.plain())
                        + "'", line.number()));
            }
        }
        close(question, prompts, questions, section, warnings);
        return questions;
    }

    /** The line's words and figures: its cells, or, printed without separators, split at the question mark. */
    private static List<String> cells(Line line) {
        if (!line.hasCells()) {
            Optional<List<String>> split = FigureCell.splitRow(line.plain());
            if (split.isPresent() && Questions.letter(split.get().get(0)) != null) {
                return split.get();
            }
            return List.of(line.plain());
        }
        List<String> cells = new ArrayList<>();
        cells.add(line.first());
        cells.addAll(line.values());
        return cells;
    }

    /** Adds a prompt if its figure is on the line; returns its text while the figure is still to come. */
    private static String prompt(String words, List<String> values, int lineNumber, List<PromptFigure> prompts,
                                 SectionMap.Section section, List<ImportWarning> warnings) {
        CaseFigure figure = null;
        if (values.size() == 1) {
            figure = FigureCell.parse(values.get(0)).map(DataAnnexeParser::figure).orElse(null);
        } else if (values.size() == 2 && values.stream().allMatch(v -> v.matches("\\d{1,4}"))) {
            int relevant = Integer.parseInt(values.get(0));
            int yes = Integer.parseInt(values.get(1));
            figure = yes <= relevant ? CaseFigure.counted(yes, relevant) : null;
        }
        if (figure == null) {
            if (!values.isEmpty()) {
                warnings.add(ImportWarning.at(WarningKind.UNREADABLE_LINE, "standard " + section.number()
                        + " inspection data: a prompt's figure could not be read", lineNumber));
                return null;
            }
            return words;
        }
        String text = Questions.clean(Questions.withoutLetter(words));
        prompts.add(new PromptFigure(Questions.letter(words), text, figure));
        return null;
    }

    /** A prompt's one printed value: "75%", or counts with or without their percentage ("75% (3/4)"). */
    private static CaseFigure figure(FigureCell cell) {
        if (cell.hasCounts()) {
            return cell.yes() <= cell.relevant() ? CaseFigure.counted(cell.yes(), cell.relevant()) : null;
        }
        return cell.percent() == null ? null : CaseFigure.printed(cell.percent());
    }

    private static void close(String question, List<PromptFigure> prompts, List<PublishedKeyQuestion> questions,
                              SectionMap.Section section, List<ImportWarning> warnings) {
        if (question == null) {
            return;
        }
        PromptLetters.check(prompts, "standard " + section.number() + " key question " + (questions.size() + 1),
                warnings);
        questions.add(new PublishedKeyQuestion(question, null, prompts));
    }

    /**
     * A row the annexe may print that is neither question nor prompt: the column headings ("Key
     * question and prompts | % 'Yes' (cases)"), or the key question's figure under a label ("Key
     * question figure: | 88% (7/8)"), which the standard's chapter already gives.
     */
    private static boolean labelledOrHeading(String words, List<String> values) {
        if (values.size() == 1 && words.endsWith(":")) {
            return FigureCell.parse(values.get(0)).isPresent();
        }
        return !values.isEmpty() && values.stream().allMatch(v -> FigureCell.parse(v).isEmpty()
                && v.toLowerCase(java.util.Locale.ROOT).matches(".*(?:\\byes\\b|\\brelevant\\b|%).*"));
    }

    private static String snippet(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
