package org.yjinspect.export.domain;

import java.util.Locale;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/** The two shapes of the case-level export: one row per sampled case (wide) or one row per answer (long). */
public enum CaseLayout {
    WIDE, LONG;

    /** The layout named {@code word} ("wide" or "long", any case); none given is wide. */
    public static CaseLayout named(String word) {
        if (word == null || word.isBlank()) {
            return WIDE;
        }
        for (CaseLayout layout : values()) {
            if (layout.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return layout;
            }
        }
        throw Problem.invalid("layout must be wide (one row per case) or long (one row per answer), not \""
                + SafeText.shown(word) + "\"");
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
