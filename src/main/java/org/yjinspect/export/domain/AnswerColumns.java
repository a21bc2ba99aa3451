package org.yjinspect.export.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.framework.domain.Applicability;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.export.domain.Column.Kind;

/**
 * One column per key question and prompt of the framework version's case-based standards, in
 * the catalogue's order: each key question, then its prompts. The wording and the answers
 * allowed come from the versioned catalogue, never from this code.
 */
final class AnswerColumns {
    private static final String BLANK = "; blank: not answered, or the standard is not assessed for this case type";
    private final List<Column> columns = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();

    AnswerColumns(Framework framework) {
        for (Standard standard : framework.standards()) {
            if (!standard.caseBased()) {
                continue;
            }
            for (KeyQuestion kq : standard.keyQuestions()) {
                add(keyQuestion(standard, kq));
                kq.prompts().forEach(p -> add(prompt(standard, kq, p)));
            }
        }
    }

    List<Column> columns() {
        return columns;
    }

    /** Where an item's column is among the answer columns, or -1 for an id the catalogue does not hold. */
    int position(String itemId) {
        return positions.getOrDefault(itemId, -1);
    }

    /** The column of an item, or null for an id the catalogue does not hold. */
    Column column(String itemId) {
        int at = position(itemId);
        return at < 0 ? null : columns.get(at);
    }

    private void add(Column column) {
        positions.put(column.name(), columns.size());
        columns.add(column);
    }

    private static Column keyQuestion(Standard standard, KeyQuestion kq) {
        boolean subSample = kq.appliesTo() != Applicability.ALL_CASES;
        String values = "yes, no" + (subSample ? ", not_relevant" : "") + BLANK;
        String meaning = "The inspector's judgement on this key question of standard " + standard.number() + " "
                + standard.name() + "; it applies to " + kq.appliesTo().description()
                + (subSample ? " (not_relevant leaves the case out of the key question's figure)" : "");
        return new Column(kq.id(), Kind.KEY_QUESTION, standard.number(), kq.id(), kq.text(), values, meaning);
    }

    private static Column prompt(Standard standard, KeyQuestion kq, Prompt prompt) {
        String values = "yes, no" + (prompt.notApplicableAllowed() ? ", not_applicable" : "") + BLANK;
        String meaning = "The answer to this prompt under key question " + kq.id() + " of standard "
                + standard.number() + " " + standard.name();
        return new Column(prompt.id(), Kind.PROMPT, standard.number(), kq.id(), prompt.text(), values, meaning);
    }
}
