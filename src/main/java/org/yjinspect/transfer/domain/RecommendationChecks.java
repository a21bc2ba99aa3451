package org.yjinspect.transfer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recommendations of a file as the editor leaves them: each one not removed has its place in
 * the report's numbering, and no two share a place; a removed one keeps its words (and, as the
 * editor stores it, no place). Checked here so the file is refused with its place named, before
 * the database's own rule would refuse it unnamed.
 */
final class RecommendationChecks {
    private static final String SECTION = "recommendations";

    private RecommendationChecks() {
    }

    static void check(InspectionDocument document, List<String> mistakes) {
        Map<Long, Integer> placed = new HashMap<>();
        int at = 0;
        for (Object[] row : document.rows(SECTION)) {
            boolean removed = (Boolean) InspectionDocument.value(SECTION, row, "removed");
            Long position = (Long) InspectionDocument.value(SECTION, row, "position");
            String path = SECTION + "[" + at + "].position";
            if (!removed && position == null) {
                mistakes.add(path + ": null, but a recommendation not removed has its place in the report's"
                        + " numbering (1, 2, 3...)");
            } else if (!removed) {
                Integer first = placed.putIfAbsent(position, at);
                if (first != null) {
                    mistakes.add(path + ": " + position + " is given twice (first at " + SECTION + "[" + first
                            + "]); each recommendation not removed has its own place");
                }
            }
            at++;
        }
    }
}
