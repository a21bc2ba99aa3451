package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PromptFigure;
import org.yjinspect.published.domain.PublishedKeyQuestion;

/**
 * The key questions of one standard section, in printed order, with the prompt figures printed
 * inline (2018 layout: a table per key question under its own question heading). The key
 * question table is the one the standard's rating "is based on".
 */
final class StandardFiguresParser {
    private static final double SAME_QUESTION = 0.6;

    private StandardFiguresParser() {
    }

    static List<PublishedKeyQuestion> parse(ReportText text, SectionMap.Section section, List<ImportWarning> warnings) {
        List<FigureTable> tables = FigureTableReader.read(text, section.from() + 1, section.to());
        FigureTable keyTable = tables.stream().filter(t -> FigureTable.KEY_QUESTIONS.equals(t.caption())).findFirst()
                .orElse(tables.isEmpty() || tables.get(0).caption() != null ? null : tables.get(0));
        List<PublishedKeyQuestion> questions = new ArrayList<>();
        if (keyTable != null) {
            for (int r = 0; r < keyTable.rows().size(); r++) {
                FigureTable.Row row = keyTable.rows().get(r);
                String where = "standard " + section.number() + " key question " + (r + 1);
                questions.add(new PublishedKeyQuestion(row.text(), Figures.of(row, keyTable.header(), true, where,
                        warnings), List.of()));
            }
        }
        List<FigureTable> promptTables = tables.stream().filter(t -> t != keyTable && t.caption() != null
                && !FigureTable.KEY_QUESTIONS.equals(t.caption())).toList();
        attachPrompts(section, questions, promptTables, warnings);
        return questions;
    }

    private static void attachPrompts(SectionMap.Section section, List<PublishedKeyQuestion> questions,
                                      List<FigureTable> promptTables, List<ImportWarning> warnings) {
        Set<Integer> used = new HashSet<>();
        for (FigureTable table : promptTables) {
            int target = bestMatch(table.caption(), questions, used);
            if (target < 0) {
                questions.add(new PublishedKeyQuestion(table.caption(), null, List.of()));
                target = questions.size() - 1;
            }
            used.add(target);
            List<PromptFigure> prompts = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                FigureTable.Row row = table.rows().get(r);
                String where = "standard " + section.number() + " key question " + (target + 1) + " prompt " + (r + 1);
                CaseFigure figure = Figures.of(row, table.header(), false, where, warnings);
                if (figure != null) {
                    prompts.add(new PromptFigure(null, row.text(), figure));
                }
            }
            questions.set(target, questions.get(target).withPrompts(prompts));
        }
    }

    /** The key question a prompt table's heading names: the closest in wording, else the next unused. */
    static int bestMatch(String caption, List<PublishedKeyQuestion> questions, Set<Integer> used) {
        int best = -1;
        double bestScore = SAME_QUESTION;
        for (int q = 0; q < questions.size(); q++) {
            double score = similarity(caption, questions.get(q).text());
            if (!used.contains(q) && score >= bestScore) {
                best = q;
                bestScore = score;
            }
        }
        if (best >= 0) {
            return best;
        }
        for (int q = 0; q < questions.size(); q++) {
            if (!used.contains(q)) {
                return q;
            }
        }
        return -1;
    }

    static double similarity(String a, String b) {
        Set<String> left = new HashSet<>(Arrays.asList(Questions.key(a).split(" ")));
        Set<String> right = new HashSet<>(Arrays.asList(Questions.key(b).split(" ")));
        Set<String> union = new HashSet<>(left);
        union.addAll(right);
        left.retainAll(right);
        return union.isEmpty() ? 0 : (double) left.size() / union.size();
    }
}
