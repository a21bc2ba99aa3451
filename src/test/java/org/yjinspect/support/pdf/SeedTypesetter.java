package org.yjinspect.support.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yjinspect.published.parse.Line;
import org.yjinspect.published.parse.TextNormaliser;

/**
 * Typesets a published report's text into a PDF, as a word processor would: prose wrapped to the
 * page, every table (a run of lines with cells, as the importer reads them from the seed) laid
 * out in columns with figures right-aligned and long first cells wrapped, rows kept whole on a
 * page. Layouts vary what the seeds' own PDFs vary: the ratings page as a table or as lines,
 * tables ruled or not, and a running header, footer and page number on every page. It works on
 * the structure of the text (lines, cells, rating words), never on a particular report.
 */
public final class SeedTypesetter {
    /** The running header and footer printed on every page when the layout has page furniture. */
    public static final String HEADER = "HM Inspectorate of Probation \u2013 report of a youth justice inspection";
    public static final String FOOTER = "Typeset for the importer's tests from the published text";
    private static final Pattern RATING = Pattern.compile(
            "(?i)^(?:outstanding|good|requires\\s+improvement|inadequate|not\\s+rated)\\W{0,3}$");

    /** The first cell of a ratings-page row: a standard's number, or "Overall rating". */
    private static final Pattern RATINGS_PAGE_ROW = Pattern.compile("(?i)^(?:\\d\\s?\\.\\s?\\d|overal)");

    /** How the ratings page is set: a table of columns, or each standard and its rating on one line of words. */
    public enum RatingsPage { TABLE, LINES }

    /** Whether tables have rules between rows and columns. */
    public enum Columns { RULED, UNRULED }

    /** One way of typesetting a report. */
    public record Layout(RatingsPage ratings, Columns columns, boolean furniture) {
        @Override
        public String toString() {
            return "ratings page as " + ratings.name().toLowerCase() + ", " + columns.name().toLowerCase()
                    + " columns" + (furniture ? ", running header, footer and page numbers" : "");
        }
    }

    private SeedTypesetter() {
    }

    /** The layouts the tests use: every ratings-page and column style, with and without page furniture. */
    public static List<Layout> layouts() {
        return List.of(new Layout(RatingsPage.TABLE, Columns.UNRULED, false),
                new Layout(RatingsPage.TABLE, Columns.RULED, true),
                new Layout(RatingsPage.LINES, Columns.UNRULED, true),
                new Layout(RatingsPage.LINES, Columns.RULED, false));
    }

    /** The report's text (as a seed file holds it) typeset as a PDF in the given layout. */
    public static byte[] typeset(String reportText, Layout layout) {
        List<List<String>> rows = new ArrayList<>();
        for (Line line : TextNormaliser.normalise(reportText).lines()) {
            List<String> cells = wordsWhole(line.cells());
            rows.add(layout.ratings() == RatingsPage.LINES && ratingRow(line) ? List.of(String.join(" ", cells)) : cells);
        }
        PageWriter writer = new PageWriter(layout.furniture()
                ? new PageWriter.Furniture(HEADER, FOOTER, true) : PageWriter.Furniture.NONE);
        Composer composer = new Composer(writer, layout.columns() == Columns.RULED);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() > 1) {
                int end = i;
                while (end < rows.size() && rows.get(end).size() > 1) {
                    end++;
                }
                composer.table(rows.subList(i, end));
                i = end - 1;
            } else if (row.isEmpty() || row.get(0).isBlank()) {
                composer.gap();
            } else {
                composer.paragraph(row.get(0));
            }
        }
        return writer.finish();
    }

    /**
     * The cells as the PDF printed them: a converter's text may split one word over two cells
     * ("Overal" | "l rating") or repeat the start of a cell before it ("Plym" | "Plymouth ...");
     * such pieces are one piece of text on the page. Empty cells are gaps, not text.
     */
    static List<String> wordsWhole(List<String> cells) {
        List<String> whole = new ArrayList<>();
        for (String cell : cells) {
            String last = whole.isEmpty() ? "" : whole.get(whole.size() - 1);
            if (last.length() >= 3 && cell.length() > last.length() && cell.startsWith(last)
                    && last.chars().allMatch(Character::isLetter)) {
                whole.set(whole.size() - 1, cell);
            } else if (!last.isEmpty() && Character.isLetter(last.charAt(last.length() - 1))
                    && !cell.isEmpty() && Character.isLowerCase(cell.charAt(0))) {
                whole.set(whole.size() - 1, last + cell);
            } else if (!cell.isEmpty() || whole.isEmpty()) {
                whole.add(cell);
            }
        }
        return whole;
    }

    /** A table row of a ratings page: a standard's number (or the overall rating) and a rating. */
    private static boolean ratingRow(Line line) {
        return line.hasCells() && RATING.matcher(line.last()).matches() && RATINGS_PAGE_ROW.matcher(line.first()).find();
    }
}
