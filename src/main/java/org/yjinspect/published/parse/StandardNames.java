package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The standards' names as ratings pages print them, for pages that list standards without
 * their numbers ("Assessment   Good" under "Court disposals"). Court and out-of-court
 * standards share names, so a name is told by the domain it is listed under, or else by order:
 * the first "Assessment" is 2.1, the second 3.1.
 */
final class StandardNames {
    private static final Map<String, List<String>> NAMES = Map.ofEntries(
            Map.entry("1.1", List.of("governance and leadership")),
            Map.entry("1.2", List.of("staff", "staffing")),
            Map.entry("1.3", List.of("partnerships and services")),
            Map.entry("1.4", List.of("information and facilities")),
            Map.entry("2.1", List.of("assessment")),
            Map.entry("2.2", List.of("planning")),
            Map.entry("2.3", List.of("implementation and delivery")),
            Map.entry("2.4", List.of("reviewing", "review")),
            Map.entry("3.1", List.of("assessment")),
            Map.entry("3.2", List.of("planning")),
            Map.entry("3.3", List.of("implementation and delivery")),
            Map.entry("3.4", List.of("joint working", "policy and provision",
                    "out-of-court disposal policy and provision", "oocd policy and provision")),
            Map.entry("4.1", List.of("resettlement policy and provision", "policy and provision", "resettlement")));
    private static final List<String> ORDER = List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4",
            "3.1", "3.2", "3.3", "3.4", "4.1");

    private StandardNames() {
    }

    /**
     * The number of the standard a printed name stands for: the first after those already listed,
     * in the domain given or a later one (pages list the standards in the framework's order).
     *
     * @param domain the domain the name is listed under, or null when not known
     * @param listed numbers already on the page
     */
    static Optional<String> number(String printedName, String domain, Set<String> listed) {
        String name = normal(printedName);
        List<String> candidates = new ArrayList<>();
        for (String number : ORDER) {
            if (NAMES.get(number).contains(name) && !listed.contains(number)) {
                candidates.add(number);
            }
        }
        String lastListed = listed.stream().max(String::compareTo).orElse("0");
        return candidates.stream()
                .filter(n -> n.compareTo(lastListed) > 0)
                .filter(n -> domain == null || n.compareTo(domain + ".") > 0)
                .findFirst();
    }

    /** Lower case, "&" as "and", hyphens and spaces made regular. */
    static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("\\s*-\\s*", "-")
                .replaceAll("out of court", "out-of-court").replaceAll("\\s+", " ").strip();
    }
}
