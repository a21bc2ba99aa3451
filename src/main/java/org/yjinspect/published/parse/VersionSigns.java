package org.yjinspect.published.parse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.VersionEvidence;

/** Collects the signs of the framework version the report shows (see FrameworkVersionPolicy). */
final class VersionSigns {
    private static final YearMonth REFRESH = YearMonth.of(2021, 7);

    private VersionSigns() {
    }

    static List<VersionEvidence> collect(List<PublishedStandard> standards, Map<String, String> bodyNames,
                                         boolean countTables, YearMonth published) {
        List<VersionEvidence> signs = new ArrayList<>();
        if (standards.stream().anyMatch(s -> s.number().equals("4.1"))) {
            signs.add(new VersionEvidence(FrameworkVersion.V2021, true, "standard 4.1 resettlement is rated"));
        }
        String name34 = standards.stream().filter(s -> s.number().equals("3.4")).map(PublishedStandard::name)
                .findFirst().orElse("") + " " + bodyNames.getOrDefault("3.4", "");
        String lower = name34.toLowerCase(Locale.ROOT);
        if (lower.contains("joint working")) {
            signs.add(new VersionEvidence(FrameworkVersion.V2018, true, "standard 3.4 is joint working"));
        } else if (lower.contains("policy and provision")) {
            signs.add(new VersionEvidence(FrameworkVersion.V2021, true, "standard 3.4 is policy and provision"));
        }
        if (countTables) {
            signs.add(new VersionEvidence(FrameworkVersion.V2018, false,
                    "key questions are printed as counts of relevant and 'Yes' cases"));
        }
        if (published != null) {
            FrameworkVersion byDate = published.isBefore(REFRESH) ? FrameworkVersion.V2018 : FrameworkVersion.V2021;
            signs.add(new VersionEvidence(byDate, false, "published " + published));
        }
        return signs;
    }
}
