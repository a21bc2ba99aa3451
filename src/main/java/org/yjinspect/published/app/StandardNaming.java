package org.yjinspect.published.app;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whether a standard's printed name is the framework's name for it. Reports shorten names
 * ("Policy and provision" for "Out-of-court disposal policy and provision"), write "&" for
 * "and" and "Review" for "Reviewing"; a name that shares no such form ("Assessing" for
 * "Assessment", "Work with victims") is another framework's standard, not a spelling.
 */
final class StandardNaming {
    private StandardNaming() {
    }

    static boolean sameStandard(String printed, String framework) {
        if (printed == null || printed.isBlank()) {
            return true;
        }
        List<String> p = words(printed);
        List<String> f = words(framework);
        return p.equals(f) || contains(f, p) || contains(p, f);
    }

    private static List<String> words(String name) {
        String normal = name.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("out[- ]of[- ]court", "out-of-court")
                .replaceAll("\\(.*?\\)", " ").replaceAll("[^a-z\\- ]", " ").strip();
        return Arrays.stream(normal.split("\\s+")).map(w -> w.equals("review") ? "reviewing" : w)
                .map(w -> w.equals("staffing") ? "staff" : w).filter(w -> !w.isEmpty()).toList();
    }

    /** The words of {@code part} appear in {@code whole} as one run. */
    private static boolean contains(List<String> whole, List<String> part) {
        return !part.isEmpty() && java.util.Collections.indexOfSubList(whole, part) >= 0;
    }
}
