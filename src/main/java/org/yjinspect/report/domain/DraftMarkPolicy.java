package org.yjinspect.report.domain;

import java.time.Instant;
import java.util.Optional;
import org.yjinspect.rules.Ruling;

/**
 * A report is marked "Draft" on every page until its inspection is published: before that the
 * ratings can still change, and nobody may take a draft for the inspectorate's finished word.
 */
public final class DraftMarkPolicy {
    public static final String RULE = "Draft until published";

    private DraftMarkPolicy() {
    }

    /** True (draft) while {@code publishedAt} is empty. */
    public static Ruling<Boolean> decide(Optional<Instant> publishedAt) {
        return publishedAt.<Ruling<Boolean>>map(at -> new Ruling<>(false, RULE, "the inspection was published on "
                        + at.toString().substring(0, 10) + ", so the report is final"))
                .orElseGet(() -> new Ruling<>(true, RULE, "the inspection is not published yet, so every page is"
                        + " marked Draft"));
    }
}
