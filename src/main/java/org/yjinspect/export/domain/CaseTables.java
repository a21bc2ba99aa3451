package org.yjinspect.export.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yjinspect.export.domain.Column.Kind;
import org.yjinspect.framework.domain.Framework;

/**
 * The case-level export of one framework version in its two layouts. Wide: one row per case of
 * the sample, its facts, then one column per key question and prompt in the catalogue's order.
 * Long: one row per stored answer, in the same order within each case. A blank wide cell and a
 * missing long row say the same thing: no answer is stored.
 */
public final class CaseTables {
    static final List<Column> ANSWER_DETAILS = List.of(
            Column.of("standard", Kind.ANSWER_DETAIL, "a standard number such as 2.1", "The standard answered"),
            Column.of("item_kind", Kind.ANSWER_DETAIL, "key_question, prompt", "Whether the row answers a key"
                    + " question (the inspector's judgement) or one of its prompts"),
            Column.of("item_id", Kind.ANSWER_DETAIL, "an id of the framework catalogue, such as 2.1.desistance.a;"
                    + " each is a column of the wide layout, described below", "The key question or prompt answered"),
            Column.of("key_question_id", Kind.ANSWER_DETAIL, "a key question id of the framework catalogue",
                    "The key question the item belongs to (the item itself for a key question)"),
            Column.of("wording", Kind.ANSWER_DETAIL, "text of the framework catalogue",
                    "The key question or prompt as the framework words it"),
            Column.of("answer", Kind.ANSWER_DETAIL, "yes, no, not_applicable (prompts that allow it),"
                    + " not_relevant (key questions answered on a sub-sample)", "The answer stored"),
            Column.of("answered_by", Kind.ANSWER_DETAIL, "a username; \"USER (command line)\" for an answer"
                    + " saved with the command line", "Who saved the answer last (the audit trail keeps every change)"),
            Column.of("answered_at_utc", Kind.ANSWER_DETAIL, "a date and time, yyyy-mm-dd hh:mm:ss, UTC",
                    "When the answer was saved last"));
    private final Framework framework;
    private final AnswerColumns answers;

    public CaseTables(Framework framework) {
        this.framework = framework;
        this.answers = new AnswerColumns(framework);
    }

    public Framework framework() {
        return framework;
    }

    public List<Column> columns(CaseLayout layout) {
        List<Column> columns = new ArrayList<>(layout == CaseLayout.WIDE ? CaseFacts.COLUMNS : CaseFacts.IN_LONG);
        columns.addAll(layout == CaseLayout.WIDE ? answers.columns() : ANSWER_DETAILS);
        return columns;
    }

    /** The wide row of a case: its facts, then its answer to each item (blank when none is stored). */
    public List<Cell> wideRow(ExportedCase c) {
        List<Cell> row = CaseFacts.cells(c);
        int first = row.size();
        answers.columns().forEach(column -> row.add(Cell.EMPTY));
        for (StoredAnswer answer : c.answers()) {
            int at = answers.position(answer.itemId());
            if (at >= 0) {
                row.set(first + at, Cell.text(answer.answer()));
            }
        }
        return row;
    }

    /** The long rows of a case: one per stored answer, in the catalogue's order (an item it lacks, last). */
    public List<List<Cell>> longRows(ExportedCase c) {
        List<StoredAnswer> ordered = new ArrayList<>(c.answers());
        ordered.sort(Comparator.comparingInt(a -> {
            int at = answers.position(a.itemId());
            return at < 0 ? Integer.MAX_VALUE : at;
        }));
        List<List<Cell>> rows = new ArrayList<>(ordered.size());
        for (StoredAnswer a : ordered) {
            Column item = answers.column(a.itemId());
            List<Cell> row = new ArrayList<>(CaseFacts.inLong(c));
            row.add(Cell.text(a.standardNumber()));
            row.add(Cell.text(a.keyQuestion() ? "key_question" : "prompt"));
            row.add(Cell.text(a.itemId()));
            row.add(Cell.text(a.keyQuestionId()));
            row.add(item == null ? Cell.text("(not in the " + framework.version().label() + " catalogue)")
                    : Cell.text(item.wording()));
            row.add(Cell.text(a.answer()));
            row.add(Cell.text(a.answeredBy()));
            row.add(Cell.moment(a.answeredAt()));
            rows.add(row);
        }
        return rows;
    }
}
