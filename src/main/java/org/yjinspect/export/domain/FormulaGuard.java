package org.yjinspect.export.domain;

/**
 * Keeps a spreadsheet that opens a CSV from running a cell as a formula (CSV injection, OWASP):
 * a cell whose text starts with {@code = + - @}, a tab or a carriage return gets an apostrophe
 * in front, which Excel and LibreOffice read as "what follows is text". Only the CSV files need
 * it: an XLSX cell written as text is never evaluated, so it keeps the text exactly. A reader
 * gets the stored text back by taking off the first apostrophe of a cell that starts with an
 * apostrophe followed by one of those characters (docs/exports.md).
 */
public final class FormulaGuard {
    public static final char MARK = '\'';

    private FormulaGuard() {
    }

    public static String neutralised(String text) {
        return startsLikeAFormula(text) ? MARK + text : text;
    }

    /** The stored text of a cell {@link #neutralised} wrote. */
    public static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == MARK && startsLikeAFormula(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    static boolean startsLikeAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
