package org.yjinspect.account.domain;

import org.yjinspect.platform.input.TextRule;

/** An optional name shown beside the username, free text by the name rule; blank means none. */
public final class DisplayName {
    public static final int LONGEST = 60;

    private DisplayName() {
    }

    /** The checked display name, or null when none is given. */
    public static String checked(String text) {
        String value = TextRule.NAME.checked("the display name", text, LONGEST, false);
        return value.isEmpty() ? null : value;
    }
}
