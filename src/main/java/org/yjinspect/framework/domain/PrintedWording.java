package org.yjinspect.framework.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a key question or prompt printed in a published report is compared with the catalogue.
 * The reports were converted from PDF by different tools, so the same wording arrives with HTML
 * tags, footnote markers, "a)" letters, Markdown markers and curly quotes. Normalising removes
 * exactly those and nothing else: there is no fuzzy matching, so a changed word is a different text.
 */
public final class PrintedWording {
    private static final Pattern SUPERSCRIPT_ELEMENT = Pattern.compile("<sup>.*?</sup>");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SUPERSCRIPT_DIGITS = Pattern.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#+\\s*");
    private static final Pattern LETTER_PREFIX = Pattern.compile("^[a-z]\\)\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A footnote number glued to the question mark ("...keep the child safe?8"). */
    private static final Pattern TRAILING_FOOTNOTE = Pattern.compile("\\?\\s*\\d+$");

    private PrintedWording() {
    }

    /** The wording as it would be compared: markup, footnotes and letters gone, quotes and spaces unified. */
    public static String normalise(String printed) {
        String text = SUPERSCRIPT_ELEMENT.matcher(printed).replaceAll("");
        text = HTML_TAG.matcher(text).replaceAll("");
        text = SUPERSCRIPT_DIGITS.matcher(text).replaceAll("");
        text = text.replace("**", "")
                .replace('\u2018', '\'').replace('\u2019', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
        text = WHITESPACE.matcher(text).replaceAll(" ").strip();
        text = MARKDOWN_HEADING.matcher(text).replaceFirst("");
        text = LETTER_PREFIX.matcher(text).replaceFirst("");
        return TRAILING_FOOTNOTE.matcher(text).replaceFirst("?");
    }

    /** True when {@code printed} is the catalogue text or one of its printed variants, after normalising both. */
    public static boolean matches(String printed, String text, List<String> printedVariants) {
        String wanted = normalise(printed);
        return normalise(text).equals(wanted) || printedVariants.stream().map(PrintedWording::normalise).anyMatch(wanted::equals);
    }
}
