package org.yjinspect.library.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryStandard;
import org.yjinspect.published.domain.CaseFigure;

/**
 * One inspection of the library as its page shows it: the standards by domain (court and
 * out-of-court disposals in tables of their own), each key question's figure as printed, and the
 * notice of what adding a report just did.
 */
public record LibraryInspectionView(LibraryInspection inspection, List<Domain> domains, String done) {
    private static final Map<Integer, String> DOMAINS = Map.of(1, "Organisational delivery", 2, "Court disposals",
            3, "Out-of-court disposals", 4, "Resettlement");

    /** One domain's standards. */
    public record Domain(String heading, List<LibraryStandard> standards) {
    }

    static LibraryInspectionView of(LibraryInspection inspection, String done) {
        Map<Integer, List<LibraryStandard>> byDomain = new LinkedHashMap<>();
        inspection.standards().forEach(s -> byDomain.computeIfAbsent(s.domain(), d -> new ArrayList<>()).add(s));
        List<Domain> domains = byDomain.entrySet().stream().map(e -> new Domain(e.getKey() + ". "
                + DOMAINS.getOrDefault(e.getKey(), "Domain " + e.getKey()), e.getValue())).toList();
        return new LibraryInspectionView(inspection, domains, notice(done));
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "added" -> "The report has been added to the library.";
            case "replaced" -> "The library's figures for this inspection have been replaced by the report's.";
            case "already_held" -> "The library already held this inspection with the same figures; nothing changed.";
            default -> null;
        };
    }

    /** "6 of 8 (75%)", "75%", or "no figure", as the report printed it. */
    public static String figure(CaseFigure f) {
        if (f == null) {
            return "no figure";
        }
        if (f.hasCounts()) {
            return f.yes() + " of " + f.relevant() + (f.percent() == null ? "" : " (" + f.percent() + "%)");
        }
        return f.percent() != null ? f.percent() + "%" : "no figure";
    }

    public static String count(Integer n) {
        return n == null ? "not stated" : n.toString();
    }
}
