package org.yjinspect.export.domain;

/**
 * Keeps a spreadsheet that opens a CSV from running a cell as a formula (CSV injection, OWASP):
 * a cell whose text starts with {@code = + - @}, a tab or a carriage return gets an apostrophe
 * in front, which Excel and LibreOffice read as "what follows is text". So that this can be
 * undone without doubt, a text that already starts with apostrophes followed by one of those
 * characters gets one more. Only the CSV files need it: an XLSX cell written as text is never
 * evaluated, so it keeps the text exactly. A reader gets the stored text back by taking off the
 * first apostrophe of a cell whose leading apostrophes are followed by one of those characters
 * ({@link #restored}, docs/exports.md).
 */
public final class FormulaGuard {
    public static final char MARK = '\'';

    private FormulaGuard() {
    }

    public static String neutralised(String text) {
        return startsLikeAFormula(afterApostrophes(text)) ? MARK + text : text;
    }

    /** The stored text of a cell {@link #neutralised} wrote. */
    public static String restored(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == MARK && startsLikeAFormula(afterApostrophes(cell))
                ? cell.substring(1) : cell;
    }

    private static String afterApostrophes(String text) {
        int start = 0;
        while (text != null && start < text.length() && text.charAt(start) == MARK) {
            start++;
        }
        return text == null ? null : text.substring(start);
    }

    static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
