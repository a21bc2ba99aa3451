package org.yjinspect.published.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads counts written as figures or words ("eight", "Twenty-five", "no"), up to ninety-nine. */
final class NumberWords {
    static final String WORD = "(?:\\d{1,4}|no|none|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)";
    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("no", 0), Map.entry("none", 0),
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private NumberWords() {
    }

    static Optional<Integer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.matches("\\d{1,4}")) {
            return Optional.of(Integer.parseInt(t));
        }
        if (UNITS.containsKey(t)) {
            return Optional.of(UNITS.get(t));
        }
        String[] parts = t.split("[- ]");
        if (parts.length >= 1 && parts.length <= 2 && TENS.containsKey(parts[0])) {
            int units = parts.length == 2 ? UNITS.getOrDefault(parts[1], -100) : 0;
            return units < 0 || units > 9 ? Optional.empty() : Optional.of(TENS.get(parts[0]) + units);
        }
        return Optional.empty();
    }
}
