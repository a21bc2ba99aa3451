package org.yjinspect.records.domain;

import org.yjinspect.platform.input.TextRule;

/**
 * Free text typed by inspectors (evidence notes, rationales, reasons, survey questions), checked
 * by the one text rule set, {@link TextRule#FREE_TEXT}: stored exactly as plain text, never
 * interpreted, refused when too long or when it carries characters that could disguise what it
 * says on screen.
 */
public final class FreeText {
    private FreeText() {
    }

    /** The text with surrounding space removed; refuses it (naming the field) when it breaks the rule. */
    public static String checked(String field, String text, int longest, boolean required) {
        return TextRule.FREE_TEXT.checked(field, text, longest, required);
    }
}
