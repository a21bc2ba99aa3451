package org.yjinspect.export.domain;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.export.domain.Column.Kind;

/**
 * What every column of the exports means: one row per column of the wide layout, the long
 * layout and the audit trail, with the catalogue's wording and the values allowed for each key
 * question and prompt. It is a CSV file of its own and a sheet of the XLSX workbook.
 */
public final class DataDictionary {
    public static final String WIDE = "cases wide";
    public static final String LONG = "cases long";
    public static final String AUDIT = "audit";
    public static final List<Column> COLUMNS = List.of(
            Column.of("export", Kind.DICTIONARY, WIDE + ", " + LONG + ", " + AUDIT, "The export the column is in"),
            Column.of("column", Kind.DICTIONARY, "a column name", "The column's header"),
            Column.of("kind", Kind.DICTIONARY, "case fact, key question, prompt, answer detail, audit entry",
                    "What the column holds"),
            Column.of("standard", Kind.DICTIONARY, "a standard number", "The standard of a key question or prompt"),
            Column.of("key_question_id", Kind.DICTIONARY, "a key question id", "The key question of a prompt"),
            Column.of("wording", Kind.DICTIONARY, "text of the framework catalogue",
                    "The key question or prompt as the framework words it"),
            Column.of("values", Kind.DICTIONARY, "text", "The values the column may hold"),
            Column.of("meaning", Kind.DICTIONARY, "text", "What the column means"));

    private DataDictionary() {
    }

    /** The dictionary's rows for the inspection's framework version. */
    public static List<List<Cell>> rows(CaseTables tables) {
        List<List<Cell>> rows = new ArrayList<>();
        tables.columns(CaseLayout.WIDE).forEach(c -> rows.add(row(WIDE, c)));
        tables.columns(CaseLayout.LONG).forEach(c -> rows.add(row(LONG, c)));
        AuditTable.COLUMNS.forEach(c -> rows.add(row(AUDIT, c)));
        return rows;
    }

    private static List<Cell> row(String export, Column c) {
        return List.of(Cell.text(export), Cell.text(c.name()), Cell.text(c.kind().word()), Cell.text(c.standard()),
                Cell.text(c.keyQuestionId()), Cell.text(c.wording()), Cell.text(c.values()), Cell.text(c.meaning()));
    }
}
