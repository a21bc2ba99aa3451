package org.yjinspect.access.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A role someone holds in one inspection (or self-assessment, where the service's own staff hold
 * them). Administrator is not a role: it is a flag on the account and gives no case data.
 */
public enum Role {
    LEAD_INSPECTOR("lead inspector"),
    INSPECTOR("inspector"),
    LOCAL_ASSESSOR("local assessor"),
    PANEL_MEMBER("ratings panel member"),
    SERVICE_VIEWER("service viewer");

    private final String words;

    Role(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Whether cases may be allocated to someone in this role (they assess cases). */
    public boolean assessesCases() {
        return this == LEAD_INSPECTOR || this == INSPECTOR || this == LOCAL_ASSESSOR;
    }

    /** The role named by {@code text} (any case, '-' or '_'), or null when there is none. */
    public static Role named(String text) {
        if (text == null) {
            return null;
        }
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(key)).findFirst().orElse(null);
    }

    /** The role names as typed on the command line and in the API, for error messages. */
    public static String choices() {
        return Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "));
    }
}
