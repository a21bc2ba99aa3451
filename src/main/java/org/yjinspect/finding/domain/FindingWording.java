package org.yjinspect.finding.domain;

import org.yjinspect.platform.input.TextRule;

/**
 * The text rule of a finding, the project's one rule set for typed text: one paragraph (the
 * published reports give each strength or area for improvement as one bullet line, so no line
 * breaks: {@link TextRule#NAME}), required, up to 1000 characters.
 */
public final class FindingWording {
    public static final int LONGEST_TEXT = 1000;

    private FindingWording() {
    }

    public static String text(String text) {
        return TextRule.NAME.checked("the finding", text, LONGEST_TEXT, true);
    }
}
