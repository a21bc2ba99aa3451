package org.yjinspect.audit.db;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Saves one small record only if it is still at the revision the write was based on. A record
 * that does not exist yet is at revision 0: the first write inserts it (and loses, cleanly, to
 * a concurrent first write). The row is locked while it is compared and changed, so of two
 * writes based on the same revision exactly one succeeds. An unchanged record is not rewritten.
 * Table and column names are constants of the calling repository, never request input.
 *
 * @param table   the table
 * @param key     the columns that identify the record
 * @param fixed   columns set when the record is created and never changed (e.g. inspection_id)
 * @param fields  the columns a write changes
 */
public record VersionedRow(String table, List<String> key, List<String> fixed, List<String> fields) {
    /** What a save found and did. {@code before} holds the old field values (empty on insert). */
    public record Saved(boolean stale, int revision, boolean changed, Map<String, Object> before) {
        public Object before(String field) {
            return before.get(field);
        }
    }

    /** Column values in order, allowing nulls (a cleared answer): values("answer", null, ...). */
    public static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    public VersionedRow {
        key = List.copyOf(key);
        fixed = List.copyOf(fixed);
        fields = List.copyOf(fields);
    }

    public Saved save(Handle h, Map<String, Object> keyValues, Map<String, Object> fixedValues,
                      Map<String, Object> fieldValues, int baseRevision, String actor) {
        return baseRevision == 0 ? insert(h, keyValues, fixedValues, fieldValues, actor)
                : update(h, keyValues, fieldValues, baseRevision, actor);
    }

    private Saved insert(Handle h, Map<String, Object> keyValues, Map<String, Object> fixedValues,
                         Map<String, Object> fieldValues, String actor) {
        List<String> columns = new ArrayList<>(key);
        columns.addAll(fixed);
        columns.addAll(fields);
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ", revision, updated_by) values ("
                + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ", 1, :updated_by)"
                + " on conflict do nothing returning revision";
        var insert = h.createQuery(sql).bind("updated_by", actor);
        bindAll(insert, keyValues);
        bindAll(insert, fixedValues);
        bindAll(insert, fieldValues);
        Optional<Integer> revision = insert.mapTo(Integer.class).findOne();
        return revision.isPresent() ? new Saved(false, 1, true, Map.of()) : new Saved(true, current(h, keyValues), false, Map.of());
    }

    private Saved update(Handle h, Map<String, Object> keyValues, Map<String, Object> fieldValues, int base,
                         String actor) {
        var select = h.createQuery("select " + String.join(", ", fields) + ", revision from " + table + " where "
                + where() + " for update");
        bindAll(select, keyValues);
        Optional<Map<String, Object>> row = select.mapToMap().findOne();
        if (row.isEmpty() || ((Number) row.get().get("revision")).intValue() != base) {
            return new Saved(true, row.map(r -> ((Number) r.get("revision")).intValue()).orElse(0), false, Map.of());
        }
        Map<String, Object> before = new LinkedHashMap<>();
        fields.forEach(f -> before.put(f, row.get().get(f)));
        if (fields.stream().allMatch(f -> Objects.equals(AuditLog.text(before.get(f)), AuditLog.text(fieldValues.get(f))))) {
            return new Saved(false, base, false, before);
        }
        var update = h.createUpdate("update " + table + " set " + fields.stream().map(f -> f + " = :" + f)
                .collect(Collectors.joining(", ")) + ", revision = revision + 1, updated_by = :updated_by,"
                + " updated_at = now() where " + where()).bind("updated_by", actor);
        bindAll(update, keyValues);
        bindAll(update, fieldValues);
        update.execute();
        return new Saved(false, base + 1, true, before);
    }

    private int current(Handle h, Map<String, Object> keyValues) {
        var select = h.createQuery("select revision from " + table + " where " + where());
        bindAll(select, keyValues);
        return select.mapTo(Integer.class).findOne().orElse(0);
    }

    private String where() {
        return key.stream().map(k -> k + " = :" + k).collect(Collectors.joining(" and "));
    }

    private static void bindAll(SqlStatement<?> statement, Map<String, Object> values) {
        values.forEach((name, value) -> {
            if (value == null) {
                statement.bindNull(name, Types.OTHER);
            } else if (value instanceof Enum<?> e) {
                statement.bind(name, e.name());
            } else {
                statement.bind(name, value);
            }
        });
    }
}
