package org.yjinspect.records.db;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Saves one small record only if it is still at the revision the write was based on. A record
 * that does not exist yet is at revision 0: the first write inserts it (and loses, cleanly, to a
 * concurrent first write). A change is one statement that locks the row, compares its revision
 * and rewrites it, so of two writes based on the same revision exactly one succeeds; an unchanged
 * record is not rewritten. Table and column names are constants of the calling repository,
 * never request input.
 *
 * @param table   the table
 * @param key     the columns that identify the record
 * @param fixed   columns set when the record is created and never changed (e.g. inspection_id)
 * @param fields  the columns a write changes
 */
public record VersionedRow(String table, List<String> key, List<String> fixed, List<String> fields) {
    private static final String OLD = "old__";

    /**
     * What a save found and did: the record as it now stands ({@code row}; null if it does not
     * exist), its revision, whether the write was stale or changed anything, and the old values
     * of the fields (empty for a new record).
     */
    public record Saved<R>(boolean stale, int revision, boolean changed, Map<String, Object> before, R row) {
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

    public <R> Saved<R> save(Handle h, Map<String, Object> keyValues, Map<String, Object> fixedValues,
                             Map<String, Object> fieldValues, int baseRevision, String actor, RowMapper<R> rows) {
        return baseRevision == 0 ? insert(h, keyValues, fixedValues, fieldValues, actor, rows)
                : update(h, keyValues, fieldValues, baseRevision, actor, rows);
    }

    private <R> Saved<R> insert(Handle h, Map<String, Object> keyValues, Map<String, Object> fixedValues,
                                Map<String, Object> fieldValues, String actor, RowMapper<R> rows) {
        List<String> columns = new ArrayList<>(key);
        columns.addAll(fixed);
        columns.addAll(fields);
        var insert = h.createQuery("insert into " + table + " (" + String.join(", ", columns) + ", revision, updated_by)"
                + " values (" + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ", 1, :updated_by)"
                + " on conflict do nothing returning *").bind("updated_by", actor);
        bindAll(insert, keyValues);
        bindAll(insert, fixedValues);
        bindAll(insert, fieldValues);
        Optional<R> inserted = insert.map(rows).findOne();
        return inserted.map(r -> new Saved<>(false, 1, true, Map.<String, Object>of(), r))
                .orElseGet(() -> current(h, keyValues, true, rows));
    }

    /** Lock, compare and rewrite in one statement; returns the old field values beside the new row. */
    private <R> Saved<R> update(Handle h, Map<String, Object> keyValues, Map<String, Object> fieldValues, int base,
                                String actor, RowMapper<R> rows) {
        String sql = "with old as (select " + String.join(", ", fields) + ", revision from " + table + " where "
                + where("") + " for update) update " + table + " t set "
                + fields.stream().map(f -> f + " = :" + f).collect(Collectors.joining(", "))
                + ", revision = t.revision + 1, updated_by = :updated_by, updated_at = now() from old where "
                + where("t.") + " and old.revision = :base_revision and ("
                + fields.stream().map(f -> "t." + f + " is distinct from :" + f).collect(Collectors.joining(" or "))
                + ") returning t.*, " + fields.stream().map(f -> "old." + f + " as " + OLD + f)
                .collect(Collectors.joining(", "));
        var update = h.createQuery(sql).bind("updated_by", actor).bind("base_revision", base);
        bindAll(update, keyValues);
        bindAll(update, fieldValues);
        Optional<Saved<R>> changed = update.map((rs, ctx) -> {
            Map<String, Object> before = new LinkedHashMap<>();
            for (String f : fields) {
                before.put(f, rs.getObject(OLD + f));
            }
            return new Saved<>(false, base + 1, true, before, rows.map(rs, ctx));
        }).findOne();
        return changed.orElseGet(() -> {
            Saved<R> now = current(h, keyValues, true, rows);
            return now.revision() == base ? new Saved<>(false, base, false, Map.of(), now.row()) : now;
        });
    }

    private <R> Saved<R> current(Handle h, Map<String, Object> keyValues, boolean stale, RowMapper<R> rows) {
        var select = h.createQuery("select * from " + table + " where " + where(""));
        bindAll(select, keyValues);
        Optional<Map.Entry<Integer, R>> row = select.map((rs, ctx) -> Map.entry(rs.getInt("revision"), rows.map(rs, ctx)))
                .findOne();
        return new Saved<>(stale, row.map(Map.Entry::getKey).orElse(0), false, Map.of(),
                row.map(Map.Entry::getValue).orElse(null));
    }

    private String where(String prefix) {
        return key.stream().map(k -> prefix + k + " = :" + k).collect(Collectors.joining(" and "));
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
