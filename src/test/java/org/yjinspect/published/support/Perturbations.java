package org.yjinspect.published.support;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Ways the same report comes out of different PDF converters: other line endings, prose
 * re-wrapped at another width with stray spaces, headings in another of the seen styles, page
 * headers and footers in the middle of tables.
 */
public final class Perturbations {
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:#{1,6}\\s*)?(?:\\*\\*|<b>)?\\s*"
            + "((?:\\d\\s?\\.\\s?\\d\\.?\\s+[A-Z][A-Za-z' \\-]{2,60}(?:\\s\\((?:out-of-)?court disposals\\))?)"
            + "|(?:\\d\\.\\s+(?:Organisational delivery|Court disposals|Out-of-court disposals|Resettlement))"
            + "|Ratings|Recommendations|Background|Contextual facts|Executive summary|Foreword|Introduction"
            + "|Annexe \\d: [A-Za-z ]+)\\s*(?:\\*\\*|</b>)?\\s*$");
    private static final Pattern TABLE_ROW = Pattern.compile(".*\\?.*\\t\\s*\\d{1,3}%?\\s*$");

    private Perturbations() {
    }

    public static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** Prose lines over 100 characters wrapped at a random width; stray spaces; some blank lines doubled. */
    public static String reflow(String text, SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.indexOf('\t') < 0 && line.length() > 100) {
                wrap(line, 70 + random.nextInt(25), out);
            } else {
                out.append(line).append(random.nextInt(4) == 0 ? "  " : "").append('\n');
            }
            if (line.isBlank() && random.nextInt(3) == 0) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void wrap(String line, int width, StringBuilder out) {
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            if (current.length() > 0 && current.length() + word.length() + 1 > width) {
                out.append(current).append(" \n");
                current.setLength(0);
            }
            current.append(current.length() > 0 ? " " : "").append(word);
        }
        out.append(current).append('\n');
    }

    /** Every heading restyled as plain text, a Markdown heading, bold Markdown or an HTML bold tag. */
    public static String restyleHeadings(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            var m = HEADING.matcher(line);
            if (!m.matches()) {
                lines.add(line);
                continue;
            }
            String heading = m.group(1).strip();
            lines.add(switch (random.nextInt(5)) {
                case 0 -> heading;
                case 1 -> "### " + heading;
                case 2 -> "#### **" + heading + "**";
                case 3 -> "<b>" + heading + "</b>";
                default -> "## " + heading;
            });
        }
        return String.join("\n", lines);
    }

    /** A running header and a page footer inserted after some table rows. */
    public static String pageBreaksInTables(String text, SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int page = 10;
        for (String line : text.split("\n", -1)) {
            out.append(line).append('\n');
            if (TABLE_ROW.matcher(line).matches() && random.nextInt(4) == 0) {
                page++;
                out.append('\n').append(random.nextBoolean() ? String.valueOf(page) : "Page " + page).append("\n\n")
                        .append("Inspection of youth offending services: a service").append("\n\n");
            }
        }
        return out.toString();
    }
}
