package org.yjinspect.published.domain;

import java.util.List;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.rules.Ruling;

/**
 * Tells the framework version from the report's content: 2021 added 4.1 resettlement and made
 * 3.4 out-of-court disposal policy and provision; 2018 had 3.4 joint working and no 4.1.
 * Decisive signs decide; circumstantial ones only when there is no decisive sign. The ruling's
 * value is null when there is no sign at all or the decisive signs disagree.
 */
public final class FrameworkVersionPolicy {
    public static final String RULE = "Framework version from the report's content";

    private FrameworkVersionPolicy() {
    }

    public static Ruling<FrameworkVersion> decide(List<VersionEvidence> evidence) {
        List<VersionEvidence> decisive = evidence.stream().filter(VersionEvidence::decisive).toList();
        List<VersionEvidence> considered = decisive.isEmpty() ? evidence : decisive;
        if (considered.isEmpty()) {
            return new Ruling<>(null, RULE, "no sign of the framework version was found");
        }
        long for2021 = considered.stream().filter(e -> e.pointsTo() == FrameworkVersion.V2021).count();
        long for2018 = considered.size() - for2021;
        if (for2021 > 0 && for2018 > 0) {
            return new Ruling<>(null, RULE, "the signs disagree: " + describe(considered));
        }
        FrameworkVersion version = for2021 > 0 ? FrameworkVersion.V2021 : FrameworkVersion.V2018;
        return new Ruling<>(version, RULE, (decisive.isEmpty() ? "only circumstantial signs: " : "")
                + describe(considered));
    }

    private static String describe(List<VersionEvidence> evidence) {
        return String.join("; ", evidence.stream().map(e -> e.sign() + " (" + e.pointsTo().label() + ")").toList());
    }
}
