package org.yjinspect.organisation.db;

import java.util.Map;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.VersionedRow;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.platform.problem.Problem;

/**
 * A list an inspection keeps line by line (staff survey results, meetings held): a line is added,
 * then changed or removed only from the revision it was read at, and every field is audited.
 *
 * @param row       the versioned table, keyed by the line's id
 * @param name      how a message names one line ("staff survey line")
 * @param shortName how the revision rule names one line ("survey line")
 */
record LineTable<T>(VersionedRow row, String name, String shortName, RowMapper<T> mapper,
                    Function<T, String> updatedBy) {

    T find(Handle h, long inspectionId, long id) {
        return h.createQuery("select * from " + row.table() + " where id = :id and inspection_id = :i").bind("id", id)
                .bind("i", inspectionId).map(mapper).findOne()
                .orElseThrow(() -> Problem.notFound("there is no " + name + " " + id + " in inspection " + inspectionId));
    }

    /** Audits the fields of a line just added: each from nothing to its value. */
    T added(Handle h, AuditLog audit, long inspectionId, long id, AuditLog.Scope scope, Map<String, Object> values) {
        values.forEach((field, value) -> audit.record(scope, row.table(), String.valueOf(id), field, null, value));
        return find(h, inspectionId, id);
    }

    T update(Handle h, AuditLog audit, RecordRef ref, long id, AuditLog.Scope scope, Map<String, Object> values) {
        find(h, ref.inspectionId(), id);
        Problem.require(ref.baseRevision() > 0, "a " + shortName + " that exists is changed from its revision (1 or more)");
        var saved = row.save(h, VersionedRow.values("id", id), Map.of(), values, ref.baseRevision(), ref.actor().name(),
                mapper);
        T now = saved.row();
        refuseIfStale(saved, ref, name + " " + id, updatedBy.apply(now));
        if (saved.changed()) {
            values.forEach((field, value) -> audit.record(scope, row.table(), String.valueOf(id), field,
                    saved.before(field), value));
        }
        return now;
    }

    /** Refuses a save based on an older revision, naming who changed the record since. */
    static void refuseIfStale(VersionedRow.Saved<?> saved, RecordRef ref, String what, String by) {
        if (saved.stale()) {
            throw new StaleRecord(StaleRecord.message(what, ref.baseRevision(), saved.revision(), by), saved.row());
        }
    }
}
