package org.yjinspect.records.db;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.yjinspect.records.domain.Actor;

/**
 * Appends audit entries inside the transaction of the change they record, so a change and its
 * entry are committed together or not at all. Values are kept as text; an unchanged field is
 * not recorded.
 */
public final class AuditLog {
    private final Handle handle;
    private final long inspectionId;
    private final Actor actor;

    AuditLog(Handle handle, long inspectionId, Actor actor) {
        this.handle = handle;
        this.inspectionId = inspectionId;
        this.actor = actor;
    }

    /** The log of a write already in progress on {@code handle} (a use case's own transaction). */
    public static AuditLog of(Handle handle, long inspectionId, Actor actor) {
        return new AuditLog(handle, inspectionId, actor);
    }

    public Actor actor() {
        return actor;
    }

    /** Where a change belongs: a case (may be null) and a standard (may be null). */
    public record Scope(Long sampleCaseId, String standardNumber) {
        public static final Scope INSPECTION = new Scope(null, null);
    }

    /** Records one field's change; does nothing when old and new values are the same. */
    public void record(Scope scope, String entity, String record, String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (Objects.equals(before, after)) {
            return;
        }
        var insert = handle.createUpdate("insert into audit_entry (inspection_id, sample_case_id, standard_number,"
                        + " entity, record, field, old_value, new_value, actor) values (:inspection, :case, :standard,"
                        + " :entity, :record, :field, :old, :new, :actor)")
                .bind("inspection", inspectionId).bind("entity", entity).bind("record", record).bind("field", field)
                .bind("old", before).bind("new", after).bind("actor", actor.name()).bind("standard", scope.standardNumber());
        if (scope.sampleCaseId() == null) {
            insert.bindNull("case", Types.BIGINT);
        } else {
            insert.bind("case", scope.sampleCaseId());
        }
        insert.execute();
    }

    /** A value as the audit trail shows it: enums by name, numbers without trailing zeros. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
