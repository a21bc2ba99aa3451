package org.yjinspect.export.domain;

import java.util.List;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.export.domain.Column.Kind;

/** The audit trail as a table: one row per entry, oldest first, every value exactly as the trail keeps it. */
public final class AuditTable {
    public static final List<Column> COLUMNS = List.of(
            Column.of("entry_id", Kind.AUDIT, "a whole number, rising", "The entry's place in the trail"),
            Column.of("recorded_at_utc", Kind.AUDIT, "a date and time, yyyy-mm-dd hh:mm:ss, UTC",
                    "When the change was made"),
            Column.of("actor", Kind.AUDIT, "a username; \"USER (command line)\" for the command line",
                    "Who made the change"),
            Column.of("sample_case_id", Kind.AUDIT, "a whole number; blank: not a case's record",
                    "The sampled case the change belongs to"),
            Column.of("case_reference", Kind.AUDIT, "text; blank: not a case's record, or its case is gone",
                    "The case's pseudonymous reference"),
            Column.of("standard", Kind.AUDIT, "a standard number; blank: not a standard's record",
                    "The standard the change belongs to"),
            Column.of("entity", Kind.AUDIT, "text", "The kind of record changed"),
            Column.of("record", Kind.AUDIT, "text", "Which record"),
            Column.of("field", Kind.AUDIT, "text", "Which field of it"),
            Column.of("old_value", Kind.AUDIT, "text as stored; blank: none", "The value before the change"),
            Column.of("new_value", Kind.AUDIT, "text as stored; blank: none", "The value after the change"));

    private AuditTable() {
    }

    public static List<Cell> row(AuditEntry e) {
        return List.of(Cell.number(e.id()), Cell.moment(e.recordedAt()), Cell.text(e.actor()),
                e.sampleCaseId() == null ? Cell.EMPTY : Cell.number(e.sampleCaseId()), Cell.text(e.caseReference()),
                Cell.text(e.standardNumber()), Cell.text(e.entity()), Cell.text(e.record()), Cell.text(e.field()),
                Cell.text(e.oldValue()), Cell.text(e.newValue()));
    }
}
