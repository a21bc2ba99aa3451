package org.yjinspect.transfer.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yjinspect.platform.problem.SafeText;

/**
 * The second readings of a file (docs/second-reading.md) as the application leaves them: each
 * chosen case a sampled case, chosen once, its draw one of the file's draws; each answer and
 * settlement of a chosen case, each item once (a settlement once per revision). Checked here so
 * the file is refused with the place named, before the database's own rule would refuse it unnamed.
 */
final class SecondReadingChecks {
    static final String DRAWS = "secondReadingDraws";
    static final String CASES = "secondReadingCases";
    private static final List<String> OF_A_CHOSEN_CASE = List.of("secondReadingAnswers", "firstReadingAnswers",
            "readingSettlements");

    private SecondReadingChecks() {
    }

    static void check(InspectionDocument document, Map<String, String> sample, List<String> mistakes) {
        Set<String> draws = DocumentConsistencyPolicy.unique(document, DRAWS, mistakes, "number").keySet();
        Set<String> chosen = DocumentConsistencyPolicy.unique(document, CASES, mistakes, "caseReference").keySet();
        int at = 0;
        for (Object[] row : document.rows(CASES)) {
            String reference = (String) InspectionDocument.value(CASES, row, "caseReference");
            if (!sample.containsKey(reference)) {
                mistakes.add(CASES + "[" + at + "].caseReference: \"" + SafeText.shown(reference)
                        + "\" is not a sampled case (sampleCases)");
            }
            Object draw = InspectionDocument.value(CASES, row, "drawNumber");
            if (draw != null && !draws.contains(String.valueOf(draw))) {
                mistakes.add(CASES + "[" + at + "].drawNumber: " + draw + " is not a draw of " + DRAWS);
            }
            at++;
        }
        for (String section : OF_A_CHOSEN_CASE) {
            at = 0;
            for (Object[] row : document.rows(section)) {
                String reference = (String) InspectionDocument.value(section, row, "caseReference");
                if (!chosen.contains(reference)) {
                    mistakes.add(section + "[" + at + "].caseReference: \"" + SafeText.shown(reference)
                            + "\" is not a case chosen for second reading (" + CASES + ")");
                }
                at++;
            }
        }
        DocumentConsistencyPolicy.unique(document, "secondReadingAnswers", mistakes, "caseReference", "level", "itemId");
        DocumentConsistencyPolicy.unique(document, "firstReadingAnswers", mistakes, "caseReference", "level", "itemId");
        DocumentConsistencyPolicy.unique(document, "readingSettlements", mistakes, "caseReference", "level", "itemId",
                "revision");
    }

}
