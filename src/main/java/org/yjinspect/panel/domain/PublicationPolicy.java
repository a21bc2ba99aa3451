package org.yjinspect.panel.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An inspection is published, and so locked, only when the panel has finished: a sample was
 * drawn; every case assessment of a rated case type is accepted; every core standard is rated;
 * every rated standard has a panel decision; and every panel decision still holds for the
 * figures as they now stand. The answer lists everything outstanding.
 */
public final class PublicationPolicy {
    public static final String RULE = "Publishing after the ratings panel";
    private static final int SHOWN = 10;

    private PublicationPolicy() {
    }

    /** What publication depends on, as the live ratings and case statuses give it. */
    public record Facts(int sampledCases, List<String> casesNotAccepted, List<String> unratedStandards,
                        List<String> standardsWithoutDecision, Map<String, String> decisionsNoLongerHolding) {
    }

    /** Whether the inspection may be published, and if not, what is outstanding. */
    public record Readiness(boolean ready, List<String> outstanding) {
    }

    public static Readiness check(Facts facts) {
        List<String> outstanding = new ArrayList<>();
        if (facts.sampledCases() == 0) {
            outstanding.add("no sample has been drawn");
        }
        if (!facts.casesNotAccepted().isEmpty()) {
            outstanding.add(facts.casesNotAccepted().size() + " case assessments are not accepted yet ("
                    + shown(facts.casesNotAccepted()) + ")");
        }
        if (!facts.unratedStandards().isEmpty()) {
            outstanding.add("not rated: " + String.join(", ", facts.unratedStandards()));
        }
        if (!facts.standardsWithoutDecision().isEmpty()) {
            outstanding.add("no panel decision for " + String.join(", ", facts.standardsWithoutDecision()));
        }
        facts.decisionsNoLongerHolding().forEach((standard, reason) -> outstanding.add("the panel decision for "
                + standard + " no longer holds for the current figures (" + reason + "); decide again"));
        return new Readiness(outstanding.isEmpty(), outstanding);
    }

    private static String shown(List<String> items) {
        return String.join(", ", items.subList(0, Math.min(SHOWN, items.size())))
                + (items.size() > SHOWN ? " and " + (items.size() - SHOWN) + " more" : "");
    }
}
