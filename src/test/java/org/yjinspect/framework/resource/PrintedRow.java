package org.yjinspect.framework.resource;

import java.util.List;
import java.util.OptionalInt;

/**
 * A question printed in a report's data table: its normalised wording, the other cells of the row
 * ("8", "7" or "75%"), the line it starts on, the standard whose section it sits in, and the case
 * count of the table heading above it ("Of the 7 cases with ...") when that table has a relevant-cases column.
 */
record PrintedRow(int line, String text, List<String> cells, String standard, OptionalInt casesInTable) {

    /** The relevant-cases cell of a 2018 count row ("7" of "7 / 6"), when the table prints one. */
    OptionalInt relevantCases() {
        if (casesInTable.isEmpty() || cells.size() != 2 || !cells.get(0).matches("\\d+")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(cells.get(0)));
    }
}
