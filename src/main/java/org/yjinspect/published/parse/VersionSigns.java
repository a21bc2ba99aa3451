package org.yjinspect.published.parse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.VersionEvidence;

/** Collects the signs of the framework version the report shows (see FrameworkVersionPolicy). */
final class VersionSigns {
    private static final int AFTER_PAGE = 6;
    private static final YearMonth REFRESH = YearMonth.of(2021, 7);
    /** From spring 2025 a report may follow the 2025 framework: its date no longer points to a known version. */
    private static final YearMonth LATER_FRAMEWORK = YearMonth.of(2025, 4);
    /** The 2025 programme's title and its two rated areas, neither used by the 2018 or 2021 frameworks. */
    private static final Pattern LATER_TITLE = Pattern.compile("(?i)\\b(?:youth\\s+justice\\s+work\\s+with\\s+children"
            + "|work\\s+with\\s+children\\s+and\\s+victims)\\b");
    private static final Pattern LATER_AREA = Pattern.compile("(?i)^(?:\\d\\s?\\.?\\s*|domain\\s+\\w+\\s*[:\\-\\u2013]?\\s*)?"
            + "(?:work\\s+with\\s+(?:children|victims)|victims?)(?:\\s+(?:" + Ratings.LABELS + "))?\\s*$"
            + "|^v\\s?\\d\\s?\\.\\s?\\d\\b.*");

    private VersionSigns() {
    }

    /**
     * Why the report follows a framework yjinspect does not know (the 2025 programme: "An
     * inspection of youth justice work with children and victims", rated on work with children
     * and work with victims), or empty. Such a report is refused rather than read against a
     * catalogue it does not follow.
     */
    static Optional<String> unsupported(ReportText text, ReportSpan span, RatingsPage page) {
        if (span.titleFound() && LATER_TITLE.matcher(text.get(span.start()).plain()).find()) {
            return Optional.of("its title ('" + text.get(span.start()).plain() + "') is that of the 2025 youth "
                    + "inspection framework (work with children and victims), which has other standards"
                    + " and rating rules than the 2018 and 2021 frameworks yjinspect knows");
        }
        if (page == null) {
            return Optional.empty();
        }
        for (int i = page.start(); i < Math.min(span.end(), page.end() + AFTER_PAGE); i++) {
            Line line = text.get(i);
            if (!line.blank() && line.plain().length() < 60 && LATER_AREA.matcher(line.plain()).matches()) {
                return Optional.of("it rates '" + line.plain() + "', an area of the 2025 youth inspection framework "
                        + "(work with children and victims), which yjinspect does not know");
            }
        }
        return Optional.empty();
    }

    static List<VersionEvidence> collect(List<PublishedStandard> standards, Map<String, String> bodyNames,
                                         boolean countTables, YearMonth published) {
        List<VersionEvidence> signs = new ArrayList<>();
        if (standards.stream().anyMatch(s -> s.number().equals("4.1"))) {
            signs.add(new VersionEvidence(FrameworkVersion.V2021, true, "standard 4.1 resettlement is rated"));
        }
        String name34 = standards.stream().filter(s -> s.number().equals("3.4")).map(PublishedStandard::name)
                .findFirst().orElse("") + " " + bodyNames.getOrDefault("3.4", "");
        String lower = StandardNames.normal(name34);
        if (lower.contains("joint working")) {
            signs.add(new VersionEvidence(FrameworkVersion.V2018, true, "standard 3.4 is joint working"));
        } else if (lower.contains("policy and provision")) {
            signs.add(new VersionEvidence(FrameworkVersion.V2021, true, "standard 3.4 is policy and provision"));
        }
        if (countTables) {
            signs.add(new VersionEvidence(FrameworkVersion.V2018, false,
                    "key questions are printed as counts of relevant and 'Yes' cases"));
        }
        if (published != null && published.isBefore(LATER_FRAMEWORK)) {
            FrameworkVersion byDate = published.isBefore(REFRESH) ? FrameworkVersion.V2018 : FrameworkVersion.V2021;
            signs.add(new VersionEvidence(byDate, false, "published " + published));
        }
        return signs;
    }
}
