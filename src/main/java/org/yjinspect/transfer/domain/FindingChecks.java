package org.yjinspect.transfer.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a file as the editor leaves them: each one of a domain of the inspection's
 * framework (the 2021 framework has resettlement as domain 4, the 2018 one has not); each one not
 * removed has its place in its list (one domain's strengths, or its areas for improvement), and
 * no two of one list share a place. Checked here so the file is refused with its place named,
 * before the database's own rule would refuse it unnamed.
 */
final class FindingChecks {
    private static final String SECTION = "findings";

    private FindingChecks() {
    }

    static void check(InspectionDocument document, FrameworkIndex catalogue, List<String> mistakes) {
        Map<String, Integer> placed = new HashMap<>();
        int at = 0;
        for (Object[] row : document.rows(SECTION)) {
            String path = SECTION + "[" + at + "]";
            long domain = (Long) InspectionDocument.value(SECTION, row, "domain");
            if (catalogue.domain(domain).isEmpty()) {
                mistakes.add(path + ".domain: " + domain + " is not a domain of framework " + catalogue.version()
                        + ", whose domains are " + catalogue.domains());
            }
            boolean removed = (Boolean) InspectionDocument.value(SECTION, row, "removed");
            Long position = (Long) InspectionDocument.value(SECTION, row, "position");
            if (!removed && position == null) {
                mistakes.add(path + ".position: null, but a finding not removed has its place in its list"
                        + " (1, 2, 3...)");
            } else if (!removed) {
                String list = domain + " " + InspectionDocument.value(SECTION, row, "kind") + " " + position;
                Integer first = placed.putIfAbsent(list, at);
                if (first != null) {
                    mistakes.add(path + ".position: " + position + " is given twice in its domain's list of its kind"
                            + " (first at " + SECTION + "[" + first + "]); each finding not removed has its own place");
                }
            }
            at++;
        }
    }
}
