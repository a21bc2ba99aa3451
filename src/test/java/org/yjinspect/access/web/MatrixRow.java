package org.yjinspect.access.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of {@link RouteAccessMatrixTest}'s matrix: a route and what it answers each person.
 * {@code cells} is empty for a route outside any one inspection ({@code anyone}, {@code signed-in} or
 * {@code administrators}: the account flag, everyone else 403).
 */
record MatrixRow(String method, String path, boolean anyone, boolean administrators, List<String> cells) {
    static List<MatrixRow> parse(String matrix, String inspection, String sampleCase) {
        List<MatrixRow> rows = new ArrayList<>();
        for (String line : matrix.strip().split("\n")) {
            String[] words = line.strip().split("\\s+");
            String path = words[1].replace("{B}", inspection).replace("{C}", sampleCase);
            List<String> cells = Arrays.asList(words).subList(2, words.length);
            boolean outside = cells.size() == 1;
            if (!outside && cells.size() != 7) {
                throw new IllegalArgumentException("a matrix row has 7 cells: " + line);
            }
            rows.add(new MatrixRow(words[0], path, outside && cells.get(0).equals("anyone"),
                    outside && cells.get(0).equals("administrators"), outside ? List.of() : cells));
        }
        return rows;
    }

    boolean outsideInspections() {
        return cells.isEmpty();
    }

    boolean caseLevel() {
        return path.contains("{sampleCaseId}");
    }

    boolean reads() {
        return method.equals("GET");
    }

    /** The person's expected answer: A, F or H (the cell's first letter, or its second when the case is not theirs). */
    char expected(int person, boolean allocated) {
        String[] choices = cells.get(person).split("\\|");
        return (choices.length == 2 && !allocated ? choices[1] : choices[0]).charAt(0);
    }
}
