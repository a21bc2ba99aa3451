package org.yjinspect.transfer.domain;

import java.util.List;
import java.util.Objects;

/**
 * One section of the inspection document: one object, an object or null, or a list of objects,
 * each with the same fields.
 *
 * @param table  the table its rows come from and go to
 * @param owner  how its rows belong to the inspection, which decides how they are found and stored
 * @param fields in the order they are written
 * @param mayBeAbsent whether a file may leave it out, read as no records: a section added to format
 *                    1 after files of it were written (a file from before still imports)
 */
public record DocumentSection(String name, Shape shape, String table, Owner owner, List<DocumentField> fields,
                              boolean mayBeAbsent) {
    public enum Shape { ONE, ONE_OR_NULL, LIST }

    /** How a section's rows belong to the inspection. */
    public enum Owner {
        /** The inspection's own row. */
        INSPECTION_ROW,
        /** Rows with the inspection's id. */
        INSPECTION,
        /** Rows with the sample's id. */
        SAMPLE,
        /** Written for the reader and checked, never stored as rows (the source's team, allocations, discards). */
        RECORD_ONLY
    }

    public DocumentSection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(owner, "owner");
        fields = List.copyOf(fields);
    }

    /** A section every file of the format has. */
    public DocumentSection(String name, Shape shape, String table, Owner owner, List<DocumentField> fields) {
        this(name, shape, table, owner, fields, false);
    }

    /** The same section, read as empty when a file leaves it out. */
    public DocumentSection absentAsEmpty() {
        return new DocumentSection(name, shape, table, owner, fields, true);
    }

    /** The position of a field in a row; a field the section lacks is a bug. */
    public int indexOf(String field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(field)) {
                return i;
            }
        }
        throw new IllegalArgumentException("section " + name + " has no field " + field);
    }
}
