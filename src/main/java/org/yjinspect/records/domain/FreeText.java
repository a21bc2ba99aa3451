package org.yjinspect.records.domain;

import org.yjinspect.platform.problem.Problem;

/**
 * Free text typed by inspectors (evidence notes, rationales, survey questions) is hostile until
 * proven otherwise: it is stored exactly as plain text and never interpreted, and it is refused
 * when too long or when it carries characters that could disguise what it says on screen
 * (control characters other than line breaks and tabs, and bidirectional overrides).
 */
public final class FreeText {
    private FreeText() {
    }

    /** The text with surrounding space removed; refuses it (naming the field) when it breaks the rule. */
    public static String checked(String field, String text, int longest, boolean required) {
        String value = text == null ? "" : text.strip();
        Problem.require(!required || !value.isEmpty(), field + " is required");
        Problem.require(value.length() <= longest, field + " is longer than " + longest + " characters ("
                + value.length() + ")");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            Problem.require(lineBreakOrTab || !Character.isISOControl(c) && !isInvisibleFormatting(c),
                    field + " contains a control character (U+" + String.format("%04X", (int) c) + ") at position "
                            + (i + 1));
        }
        return value;
    }

    /** Bidirectional embeddings, overrides and isolates, which can make text read differently from what it is. */
    public static boolean isInvisibleFormatting(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F;
    }
}
