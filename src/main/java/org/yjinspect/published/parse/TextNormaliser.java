package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns converter output into clean lines: one line ending, no HTML tags or entities, no
 * Markdown heading, bold or link markup, no LaTeX glyph junk (where the star for
 * "Outstanding" stood), no footnote markers, straight quotes, and no page furniture (running
 * headers, page numbers, table rules). Soft-wrapped sentences are joined again.
 */
public final class TextNormaliser {
    private static final Pattern FOOTNOTE_START = Pattern.compile(
            "^\\s*(?:<sup>|&lt;sup&gt;|\\$\\s*\\^|[\\u00B9\\u00B2\\u00B3\\u2070-\\u2079]|\\d{1,3}\\s+[A-Z][a-z])");
    /**
     * Running headers and footers: "Inspection of youth offending services: Plymouth", "...
     * services in: Barking and Dagenham 2", "... services in North Yorkshire 4", "12 | Inspection
     * of ...", "Page 3 of 40". A title page line ("An inspection of ... in") has neither the colon
     * nor the page number.
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(?:\\d{1,3}\\s*\\|?\\s*)?(?:(?:joint\\s+)?inspection\\s+of\\s+youth\\s+(?:offending|justice)\\s+"
                    + "(?:services|work)\\b(?:[^:]*:.*|.*\\D\\s\\d{1,3})|page\\s+\\d{1,3}(?:\\s+of\\s+\\d{1,3})?)$");
    /** A Markdown table row: "| 2.1 | Assessment | Good |". */
    private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|.*\\|\\s*$");
    /** Columns laid out with runs of spaces (pdftotext -layout): three or more spaces between words. */
    private static final Pattern SPACED_COLUMNS = Pattern.compile("(?<=\\S)[ \\u00A0]{3,}(?=\\S)");
    /**
     * Two spaces are a column gap only before a figure or a rating (pdftotext -layout right-aligns
     * figures, leaving as little as two spaces after a long question); elsewhere two spaces are
     * prose typed with two spaces after a full stop.
     */
    private static final Pattern NARROW_COLUMN = Pattern.compile("(?<=\\S)[ \\u00A0]{2}(?=(?:\\d{1,3}(?:[.,]\\d+)?\\s?%?"
            + "|\\(?\\d{1,4}/\\d{1,4}\\)?|(?i:outstanding|good|requires improvement|inadequate|not rated))(?:[ \\u00A0(]|$))");
    /** Ligatures a PDF's fonts keep ("ﬁ" in "ﬁgure"), as pdftotext passes them on. */
    private static final Pattern LIGATURES = Pattern.compile("[\\uFB00-\\uFB06]");
    private static final Pattern SPACES = Pattern.compile(
            "[ \\u00A0\\u2007\\u202F\\u2009\\u200A]{2,}|[\\u00A0\\u2007\\u202F\\u2009\\u200A]");
    private static final Pattern RULE_LINE = Pattern.compile("^[-_=*:|\\s]*[-_=]{2,}[-_=*:|\\s]*$");

    private TextNormaliser() {
    }

    public static ReportText normalise(String raw) {
        String text = PageBreaks.withoutFurniture(ligaturesUndone(raw.replace("\r\n", "\n").replace('\r', '\n')))
                .replace('\f', '\n');
        String[] rawLines = text.split("\n", -1);
        List<Line> lines = new ArrayList<>(rawLines.length);
        for (int i = 0; i < rawLines.length; i++) {
            lines.add(line(i + 1, rawLines[i]));
        }
        return new ReportText(joinSoftWraps(RunningTitles.blanked(lines)));
    }

    static Line line(int number, String source) {
        String raw = columns(source);
        boolean footnote = FOOTNOTE_START.matcher(raw).find();
        boolean tabbed = raw.indexOf('\t') >= 0;
        String cleaned = InlineMarkup.strip(raw);
        List<String> cells = new ArrayList<>();
        for (String cell : cleaned.split("\t", -1)) {
            cells.add(cleanCell(cell));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        String plain = String.join(" ", cells).strip();
        if (FURNITURE.matcher(plain).matches() || RULE_LINE.matcher(plain).matches()) {
            cells.clear();
        }
        if (plain.equals("-") || plain.equals("- ")) {
            cells.clear();
        }
        return new Line(number, cells, footnote && !cells.isEmpty(), tabbed);
    }

    /** Table cells marked by pipes or by wide gaps become tab-separated cells, as other converters print them. */
    static String columns(String raw) {
        if (raw.indexOf('|') >= 0 && PIPE_ROW.matcher(raw).matches()) {
            String inner = raw.strip();
            inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
            return inner.replace('|', '\t');
        }
        String spaced = raw;
        if (raw.contains("   ") || raw.indexOf('\u00A0') >= 0) {
            spaced = SPACED_COLUMNS.matcher(raw).replaceAll("\t");
        }
        if (spaced.contains("  ")) {
            spaced = NARROW_COLUMN.matcher(spaced).replaceAll("\t");
        }
        return spaced;
    }

    private static String ligaturesUndone(String text) {
        Matcher ligature = LIGATURES.matcher(text);
        if (!ligature.find()) {
            return text;
        }
        return ligature.replaceAll(m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC));
    }

    private static String cleanCell(String cell) {
        String collapsed = SPACES.matcher(cell).find() ? SPACES.matcher(cell).replaceAll(" ").strip() : cell.strip();
        if (collapsed.length() == 1 && collapsed.charAt(0) > 127) {
            return "";
        }
        return collapsed;
    }

    /**
     * PDF text breaks long sentences over lines; a line that does not end a sentence, followed
     * straight away by one starting in lower case, is the same sentence.
     */
    static List<Line> joinSoftWraps(List<Line> lines) {
        List<Line> joined = new ArrayList<>(lines.size());
        for (Line line : lines) {
            if (!joined.isEmpty() && continues(joined.get(joined.size() - 1), line)) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1).joinedWith(line));
            } else if (!joined.isEmpty() && cellContinues(joined.get(joined.size() - 1), line)) {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1).joinedIntoFirstCell(line));
            } else {
                joined.add(line);
            }
        }
        return joined;
    }

    /**
     * A table row whose first cell was wrapped over lines (as PDF text and pdftotext -layout give a
     * long question beside its figure): the words above, not ending a sentence, and the row below,
     * its first cell starting in lower case, are one row.
     */
    private static boolean cellContinues(Line previous, Line line) {
        if (previous.blank() || previous.hasCells() || previous.tabbed() || !line.hasCells() || line.first().isEmpty()) {
            return false;
        }
        String before = previous.plain();
        char end = before.charAt(before.length() - 1);
        return ".?!:;".indexOf(end) < 0 && Character.isLowerCase(line.first().charAt(0))
                && Questions.letter(line.first()) == null && before.length() < 300;
    }

    private static boolean continues(Line previous, Line line) {
        if (previous.blank() || line.blank() || previous.hasCells() || line.hasCells() || line.tabbed()
                || previous.tabbed()) {
            return false;
        }
        String before = previous.plain();
        String after = line.plain();
        char end = before.charAt(before.length() - 1);
        if (".?!:;".indexOf(end) >= 0) {
            return false;
        }
        char first = after.charAt(0);
        boolean promptLetter = Questions.letter(after) != null;
        return !promptLetter && (Character.isLowerCase(first) || first == '(' && !previous.footnote())
                || Questions.startsQuestion(before) && Questions.ended(after) && !Questions.startsQuestion(after)
                && before.length() + after.length() < 300;
    }
}
