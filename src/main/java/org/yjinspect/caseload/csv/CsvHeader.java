package org.yjinspect.caseload.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.caseload.domain.CaseField;
import org.yjinspect.caseload.domain.RowError;
import org.yjinspect.platform.problem.Problem;

/**
 * The header row of a caseload export: which column holds which field. Refuses the whole file
 * when a column is unknown (so names or notes cannot slip in), repeated, or missing.
 */
final class CsvHeader {
    private final Map<CaseField, Integer> positions;
    private final int width;

    private CsvHeader(Map<CaseField, Integer> positions, int width) {
        this.positions = positions;
        this.width = width;
    }

    static CsvHeader read(String source, List<String> headers) {
        Map<CaseField, Integer> positions = new EnumMap<>(CaseField.class);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            Optional<CaseField> field = CaseField.forColumn(header);
            if (field.isEmpty()) {
                problems.add("column " + (i + 1) + " \"" + RowError.shown(header) + "\" is not an accepted column");
            } else if (positions.putIfAbsent(field.get(), i) != null) {
                problems.add("column " + (i + 1) + " \"" + RowError.shown(header) + "\" appears twice");
            }
        }
        for (CaseField field : CaseField.values()) {
            if (field.required() && !positions.containsKey(field)) {
                problems.add("required column " + field.column() + " is missing");
            }
        }
        if (!positions.containsKey(CaseField.DATE_OF_BIRTH) && !positions.containsKey(CaseField.AGE)) {
            problems.add("a date_of_birth or an age column is required");
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(source + ", line 1 (header): " + String.join("; ", problems)
                    + ". Accepted columns: " + accepted() + " (see docs/sampling.md). Nothing was imported.");
        }
        return new CsvHeader(positions, headers.size());
    }

    static String accepted() {
        return String.join(", ", java.util.Arrays.stream(CaseField.values()).map(CaseField::column).toList());
    }

    int width() {
        return width;
    }

    /** The raw value of a field in a row, or null if the export has no such column. */
    String value(List<String> row, CaseField field) {
        Integer position = positions.get(field);
        return position == null ? null : row.get(position);
    }
}
