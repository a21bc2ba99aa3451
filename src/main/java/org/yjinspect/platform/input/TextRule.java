package org.yjinspect.platform.input;

import java.text.Normalizer;
import java.util.Optional;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/**
 * The one set of rules for text people type (children's services' records: treat it as hostile).
 * Text is stored exactly as plain text and never interpreted; it is refused when it carries
 * characters that could hide or disguise what it says on screen or in the audit trail, or that
 * no database or terminal handles safely. Every rule first strips surrounding space and brings
 * the text to Unicode NFC, so a name typed on a Mac and on Windows is stored the same.
 * <ul>
 * <li>{@link #FREE_TEXT}: notes, rationales, reasons, survey questions; line breaks and tabs allowed.</li>
 * <li>{@link #NAME}: who made a change, the service, who a meeting was with; one line, at
 * least one letter or digit.</li>
 * </ul>
 * Refused in both: control characters (other than the line breaks and tabs free text allows),
 * the bidirectional controls that make text read differently from what it is, invisible
 * separators (zero-width space, word joiner, byte-order mark, line and paragraph separators),
 * broken characters (half a UTF-16 pair), non-characters and the replacement character U+FFFD
 * (a sign that the text was garbled before it arrived).
 */
public enum TextRule {
    FREE_TEXT(true, "plain text (line breaks and tabs are fine)"),
    NAME(false, "one line of plain text");

    private final boolean lineBreaks;
    private final String form;

    TextRule(boolean lineBreaks, String form) {
        this.lineBreaks = lineBreaks;
        this.form = form;
    }

    /** The text as it will be stored: stripped and NFC-normalised; null becomes "". */
    public static String cleaned(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        // Normalising a broken UTF-16 pair would throw; such text is refused by the rule anyway.
        return firstUnsafe(stripped, true) >= 0 ? stripped : Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    /** The checked text, or a {@link Problem} naming the field, what is wrong and the expected form. */
    public String checked(String field, String text, int longest, boolean required) {
        String value = cleaned(text);
        refusal(field, value, longest, required).ifPresent(reason -> {
            throw Problem.invalid(reason);
        });
        return value;
    }

    /** Why {@code value} (already {@link #cleaned}) breaks this rule for the field, or empty when it does not. */
    public Optional<String> refusal(String field, String value, int longest, boolean required) {
        if (value.isEmpty()) {
            return required ? Optional.of(field + " is required") : Optional.empty();
        }
        int length = value.codePointCount(0, value.length());
        if (length > longest) {
            return Optional.of(field + " is longer than " + longest + " characters (" + length + ")");
        }
        int at = firstUnsafe(value, lineBreaks);
        if (at >= 0) {
            int c = value.codePointAt(at);
            return Optional.of(field + " \"" + SafeText.shown(value) + "\" contains " + describe(c) + " at position "
                    + (value.codePointCount(0, at) + 1) + " (U+" + String.format("%04X", c) + "); expected " + form);
        }
        if (this == NAME && value.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of(field + " \"" + SafeText.shown(value) + "\" has no letter or digit; expected a name");
        }
        return Optional.empty();
    }

    /** The index of the first character no text may hold, or -1; tabs and line breaks only when allowed. */
    public static int firstUnsafe(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (isUnsafe(c) || !lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t')) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Characters no text may hold (line breaks and tabs aside, which depend on the rule). */
    public static boolean isUnsafe(int c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t';
        return control || isDirectionControl(c) || isInvisibleSeparator(c) || Character.isSurrogate((char) c) && c <= 0xFFFF
                || c == 0xFFFD || isNonCharacter(c);
    }

    /** Bidirectional embeddings, overrides, isolates and marks, which can make text read differently from what it is. */
    public static boolean isDirectionControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    private static boolean isInvisibleSeparator(int c) {
        return c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x2028 || c == 0x2029;
    }

    private static boolean isNonCharacter(int c) {
        return c >= 0xFDD0 && c <= 0xFDEF || (c & 0xFFFE) == 0xFFFE;
    }

    private static String describe(int c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return "a line break or tab";
        }
        if (isDirectionControl(c)) {
            return "an invisible control character that changes the reading direction";
        }
        if (Character.getType(c) == Character.CONTROL) {
            return "a control character";
        }
        if (Character.isSurrogate((char) c) && c <= 0xFFFF) {
            return "a broken character (half of a UTF-16 pair)";
        }
        if (c == 0xFFFD) {
            return "the replacement character (a sign that the text was garbled before it arrived)";
        }
        return isNonCharacter(c) ? "a non-character" : "an invisible character";
    }
}
