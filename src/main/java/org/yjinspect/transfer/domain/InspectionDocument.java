package org.yjinspect.transfer.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An inspection document as read and checked field by field: its header and the rows of every
 * section (a row holds its section's fields in order, each value as it will be stored). Whether
 * the rows hang together is {@link DocumentConsistencyPolicy}'s to decide.
 */
public record InspectionDocument(DocumentHeader header, Map<String, List<Object[]>> rows) {
    public InspectionDocument {
        Objects.requireNonNull(header, "header");
        rows = new LinkedHashMap<>(rows);
        for (DocumentSection section : InspectionFormat.sections()) {
            rows.putIfAbsent(section.name(), List.of());
        }
    }

    public List<Object[]> rows(String section) {
        List<Object[]> found = rows.get(section);
        if (found == null) {
            throw new IllegalArgumentException("no section " + section);
        }
        return found;
    }

    /** The one row of a section of one object, when there is one. */
    public Optional<Object[]> one(String section) {
        List<Object[]> found = rows(section);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** A field's value in a row of a section. */
    public static Object value(String section, Object[] row, String field) {
        return row[InspectionFormat.named(section).indexOf(field)];
    }

    /** How many rows each section holds, for the import's summary. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows.forEach((section, list) -> counts.put(section, list.size()));
        return counts;
    }
}
