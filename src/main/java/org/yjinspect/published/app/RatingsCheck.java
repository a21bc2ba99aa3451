package org.yjinspect.published.app;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.rating.domain.Rating;

/**
 * The rating engine as the importer sees it: rate an imported report's figures as {@code
 * yjinspect rate} would. Implemented by an adapter that feeds the report's JSON to the engine,
 * so every import also proves that its JSON is valid rating input.
 */
public interface RatingsCheck {
    Outcome rate(PublishedReport report);

    /**
     * @param computed        standard number to the rating its key questions give (lowest-band rule)
     * @param differences     standard number to why the published rating differs from the rated one
     * @param refusedPanels   standards whose recorded panel decision the engine refused, with why
     * @param failure         why the engine could not rate at all, or null
     */
    record Outcome(Map<String, Rating> computed, Map<String, String> differences, Map<String, String> refusedPanels,
                   String failure) {
        public static Outcome failed(String why) {
            return new Outcome(Map.of(), Map.of(), Map.of(), why);
        }

        public Set<String> rated() {
            return computed.keySet();
        }

        public List<String> differenceMessages() {
            return differences.entrySet().stream().map(e -> "standard " + e.getKey() + ": " + e.getValue()).toList();
        }
    }
}
