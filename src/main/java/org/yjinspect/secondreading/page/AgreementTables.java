package org.yjinspect.secondreading.page;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.agreement.domain.AgreementBreakdown;
import org.yjinspect.agreement.domain.AgreementGroup;
import org.yjinspect.agreement.domain.SecondReadItem.Level;

/**
 * The agreement breakdown as the page's tables, in the framework's words: the whole inspection
 * and each level; key questions (what drives the ratings) per standard and per key question;
 * prompts per standard, per key question and per prompt; the classifications; and each level per
 * pair of readers (first reader, then second).
 */
public record AgreementTables(int cases, List<Table> tables) {
    /** One table: its id on the page, its caption, and its lines. */
    public record Table(String id, String caption, List<AgreementRow> rows) {
    }

    static AgreementTables of(int cases, AgreementBreakdown breakdown, Wording words) {
        List<Table> tables = new ArrayList<>();
        List<AgreementRow> overall = new ArrayList<>();
        overall.add(AgreementRow.of("Every answer", breakdown.inspection()));
        overall.add(AgreementRow.of("Key questions", breakdown.level(Level.KEY_QUESTION)));
        overall.add(AgreementRow.of("Prompts", breakdown.level(Level.PROMPT)));
        overall.add(AgreementRow.of("Classifications", breakdown.level(Level.CLASSIFICATION)));
        tables.add(new Table("inspection", "The whole inspection", overall));
        add(tables, "kq-standards", "Key questions, per standard", breakdown.standards(Level.KEY_QUESTION),
                g -> words.standard(g.standardNumber()));
        add(tables, "kq", "Key questions, one by one", breakdown.keyQuestions(Level.KEY_QUESTION),
                g -> words.of(g.keyQuestionId()));
        add(tables, "prompt-standards", "Prompts, per standard", breakdown.standards(Level.PROMPT),
                g -> words.standard(g.standardNumber()));
        add(tables, "prompt-kq", "Prompts, per key question", breakdown.keyQuestions(Level.PROMPT),
                g -> words.of(g.keyQuestionId()));
        add(tables, "prompts", "Prompts, one by one", breakdown.items(Level.PROMPT), g -> words.of(g.itemId()));
        add(tables, "classifications", "Classifications", breakdown.items(Level.CLASSIFICATION),
                g -> words.of(g.itemId()));
        for (Level level : List.of(Level.KEY_QUESTION, Level.PROMPT, Level.CLASSIFICATION)) {
            add(tables, "readers-" + level.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    ReadingWords.level(level) + "s, per pair of readers", breakdown.readerPairs(level),
                    g -> g.readers().firstReader() + " (first) and " + g.readers().secondReader() + " (second)");
        }
        return new AgreementTables(cases, tables);
    }

    private static void add(List<Table> tables, String id, String caption, List<AgreementGroup> groups,
                            java.util.function.Function<AgreementGroup, String> what) {
        if (!groups.isEmpty()) {
            tables.add(new Table(id, caption, groups.stream().map(g -> AgreementRow.of(what.apply(g), g)).toList()));
        }
    }
}
