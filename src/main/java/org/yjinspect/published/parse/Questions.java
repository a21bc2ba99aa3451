package org.yjinspect.published.parse;

import java.util.regex.Pattern;

/** Tells questions from other lines, allowing for footnote numbers left after the question mark. */
final class Questions {
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\?\\s*\\d{1,3}\\s*$");
    /** A prompt letter as printed: "a)", "(a)", or "a." before a capital. */
    private static final Pattern ROW_NUMBER = Pattern.compile("^\\(?\\d{1,2}[.)]\\s+(?=[A-Z])");
    private static final Pattern LETTER = Pattern.compile("^(?:\\(?([a-z])\\)\\s*|([a-z])\\.\\s+(?=[A-Z]))");

    private Questions() {
    }

    /** The text without footnote numbers after its question mark, or a row number before it ("1. Does ..."). */
    static String clean(String text) {
        return TRAILING_NOTE.matcher(ROW_NUMBER.matcher(text.strip()).replaceFirst("")).replaceFirst("?");
    }

    static boolean ended(String text) {
        return clean(text).endsWith("?");
    }

    /** A question on a line of its own: starts with a capital and ends with a question mark. */
    static boolean isQuestion(String text) {
        String cleaned = clean(text);
        return cleaned.length() > 10 && cleaned.endsWith("?") && Character.isUpperCase(cleaned.charAt(0));
    }

    /** The start of a question broken over lines: a capitalised question word, no end yet. */
    static boolean startsQuestion(String text) {
        return !ended(text) && text.matches("^(?:Is|Are|Do|Does|Did|Has|Have|Was|Were|Can|How|When|Where|In cases"
                + "|To what)\\b.*");
    }

    static boolean startsLower(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0)) && !LETTER.matcher(text).find();
    }

    /** The prompt letter, "a" of "a) Does ...", or null. */
    static String letter(String text) {
        var m = LETTER.matcher(text);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    static String withoutLetter(String text) {
        return LETTER.matcher(text).replaceFirst("");
    }

    /** Words only, lower case, for comparing printed questions with each other. */
    static String key(String text) {
        return withoutLetter(clean(text)).toLowerCase(java.util.Locale.ROOT).replace("sufficiently ", "")
                .replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
    }
}
