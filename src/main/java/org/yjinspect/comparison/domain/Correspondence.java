package org.yjinspect.comparison.domain;

import java.util.Objects;
import java.util.Optional;
import org.yjinspect.framework.domain.FrameworkVersion;

/**
 * One line of the mapping between framework versions: a standard's number or a key question's id
 * in 2018 and in 2021 (null where that version has none), whether the two correspond, and why.
 * Only a corresponding pair lets a figure of one version be set beside the other's.
 */
public record Correspondence(String in2018, String in2021, boolean corresponds, String why) {
    public Correspondence {
        Objects.requireNonNull(why, "why");
        if (in2018 == null && in2021 == null) {
            throw new IllegalArgumentException("a correspondence names an id in at least one version");
        }
        if (corresponds && (in2018 == null || in2021 == null)) {
            throw new IllegalArgumentException("only ids in both versions can correspond: " + in2018 + " / " + in2021);
        }
    }

    public Optional<String> in(FrameworkVersion version) {
        return Optional.ofNullable(version == FrameworkVersion.V2018 ? in2018 : in2021);
    }

    /** The other version's id this line pairs with {@code version}'s, if they correspond. */
    public Optional<String> counterpartIn(FrameworkVersion other) {
        return corresponds ? in(other) : Optional.empty();
    }

    public static FrameworkVersion other(FrameworkVersion version) {
        return version == FrameworkVersion.V2018 ? FrameworkVersion.V2021 : FrameworkVersion.V2018;
    }
}
