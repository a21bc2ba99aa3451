package org.yjinspect.published.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;

/**
 * Layouts of published reports the five seeds do not show but other converters and other years
 * produce, made from a seed by structural transformation (never by a seed's name, line number or
 * wording): ratings pages laid out another way, rating words split by text extraction, tables
 * with pipes or space-aligned columns, counts printed with their percentage, running headers that
 * repeat the title, and other title pages. The ratings page is found by its shape: a "Ratings"
 * heading with a score below it, running to its last standard row.
 */
public final class LayoutVariants {
    private static final Pattern MARKUP = Pattern.compile("<[^>]+>|[#*]");
    private static final Pattern STANDARD_ROW = Pattern.compile("^\\d\\s?\\.\\s?\\d.*|^\\d\\.\\s.*");
    private static final Pattern LONE_RATING = Pattern.compile("(?i)^(good|outstanding|inadequate|requires improvement)\\W*$");
    private static final Pattern AFTER_PAGE = Pattern.compile("(?i)^(executive summary|recommendations|overall findings)\\b.*");
    private static final Pattern TITLE = Pattern.compile("(?i)^\\W*(an|joint) inspection of youth .*\\bin\\s*$|^\\W*(an|joint) "
            + "inspection of youth .*");
    private static final Pattern PUBLICATION = Pattern.compile("(?i)inspectorate of probation,\\s+(\\w+)\\s+(\\d{4})");
    private static final Pattern COUNT_HEADER = Pattern.compile("^(Of the \\w+ [^\\t]*cases?[^\\t]*?)\\tRelevant cases\\tNumber 'Yes'\\s*$");
    private static final Pattern COUNT_ROW = Pattern.compile("^([^\\t]+)\\t(\\d+)\\t(\\d+)\\s*$");
    private static final String[] DOMAINS = {"", "Organisational delivery", "Court disposals", "Out-of-court disposals",
        "Resettlement"};

    /** How a ratings page is laid out. */
    public enum RatingsLayout {
        /** Extracted column by column: all the standards, then all the ratings. */
        COLUMN_BY_COLUMN,
        /** A Markdown table, with the star glyph after Outstanding. */
        PIPE_TABLE,
        /** "Standard / Rating" heads, standards by name only under their domains, "Score: 24 / 36". */
        NAMES_UNDER_DOMAINS,
        /** Standards by name only with no domains, "Overall score 24 out of 36". */
        NAMES_ONLY,
        /** Everything on a line of its own, "Requires" and "improvement" apart, a page break in the middle. */
        ONE_WORD_PER_LINE
    }

    private LayoutVariants() {
    }

    /** The seed with its ratings page replaced by the same ratings in another layout. */
    public static String ratingsPage(String text, PublishedReport report, RatingsLayout layout) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int[] page = ratingsPageLines(lines);
        String fieldwork = lines.subList(page[0], page[1] + 1).stream().map(LayoutVariants::plain)
                .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("fieldwork")).findFirst().orElse(null);
        List<String> rendered = new ArrayList<>(Arrays.asList(render(report, layout).split("\n", -1)));
        if (fieldwork != null) {
            rendered.add(3, fieldwork);
        }
        List<String> out = new ArrayList<>(lines.subList(0, page[0]));
        out.addAll(rendered);
        out.addAll(lines.subList(page[1] + 1, lines.size()));
        return String.join("\n", out);
    }

    /** Rating words broken where PDF extraction breaks them, on the ratings page and under every standard heading. */
    public static String splitRatingWords(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String plain = plain(line);
            if (STANDARD_ROW.matcher(plain).matches() || LONE_RATING.matcher(plain).matches()
                    || plain.toLowerCase(Locale.ROOT).contains("overall rating")) {
                line = line.replace("Outstanding", "Outst anding").replace("Inadequate", "Inadeq uate")
                        .replace("Requires improvement", "Requires i mprovement")
                        .replace("Requires Improvement", "Requires I mprovement");
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** Columns aligned with spaces instead of tabs, as pdftotext -layout prints them. */
    public static String spacedColumns(String text) {
        return text.replaceAll("(?<=\\S)\\t+(?=\\S)", "    ");
    }

    /**
     * Each figure of a table row on a line of its own below its question, as text extraction
     * without layout prints a table; header rows keep their columns, spaced out.
     */
    public static String figuresOneToALine(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String[] cells = line.split("\t");
            boolean figures = cells.length > 1 && cells[0].contains("?")
                    && Arrays.stream(cells).skip(1).allMatch(c -> c.strip().matches("(\\d{1,3}%?|o)?"));
            if (figures) {
                out.append(cells[0]).append('\n');
                Arrays.stream(cells).skip(1).map(String::strip).filter(c -> !c.isEmpty())
                        .forEach(c -> out.append(c).append('\n'));
                continue;
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** Every tabbed row of a figures table as a Markdown table row. */
    public static String pipeTables(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.indexOf('\t') >= 0 && (line.contains("?") || line.contains("'Yes'"))) {
                String[] cells = line.split("\t", -1);
                line = "| " + String.join(" | ", Arrays.stream(cells).map(String::strip).toList()) + " |";
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /**
     * Count tables ("Relevant cases / Number 'Yes'") printed as one column of percentages with the
     * counts in brackets ("88% (7/8)"), or as "7 of 8" under "Number 'Yes' of relevant cases".
     */
    public static String countsInOneCell(String text, boolean asFraction) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            Matcher header = COUNT_HEADER.matcher(line);
            Matcher row = COUNT_ROW.matcher(line);
            if (header.matches()) {
                line = asFraction ? "Key question\tNumber 'Yes' of relevant cases" : header.group(1) + "\t% 'Yes' (cases)";
            } else if (row.matches()) {
                int relevant = Integer.parseInt(row.group(2));
                int yes = Integer.parseInt(row.group(3));
                long percent = relevant == 0 ? 0 : Math.round(100.0 * yes / relevant);
                line = row.group(1) + "\t" + (asFraction ? yes + " of " + relevant : percent + "% (" + yes + "/" + relevant + ")");
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** A running header naming the place (with "in:", a page number, or neither) every {@code every} lines. */
    public static String runningHeaders(String text, String header, int every) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        int page = 2;
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
            if (i > 40 && i % every == 0) {
                out.append('\n').append(header.replace("{page}", String.valueOf(page++))).append("\n\n");
            }
        }
        return out.toString();
    }

    /**
     * The title page printed another way: with {@code runTogether}, the place run into the
     * inspectorate's name ("AnytownHM Inspectorate of Probation") and the month alone in capitals
     * below; otherwise title and place on one line and the inspectorate as "HMI Probation, Feb 2022".
     */
    public static String titlePage(String text, boolean runTogether) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int title = -1;
        for (int i = 0; i < lines.size() && title < 0; i++) {
            if (TITLE.matcher(lines.get(i)).matches()) {
                title = i;
            }
        }
        int place = next(lines, title + 1);
        int publication = place;
        Matcher m = PUBLICATION.matcher("");
        while (!m.reset(lines.get(publication)).find()) {
            publication = next(lines, publication + 1);
        }
        String month = m.group(1);
        String year = m.group(2);
        String head = lines.get(title).strip();
        String where = plain(lines.get(place));
        List<String> page = runTogether
                ? List.of(head, "", where + "HM Inspectorate of Probation", "", month.toUpperCase(Locale.ROOT) + " " + year)
                : List.of(head + " " + where, "", "HMI Probation, " + month.substring(0, 3) + " " + year);
        List<String> out = new ArrayList<>(lines.subList(0, title));
        out.addAll(page);
        out.addAll(lines.subList(publication + 1, lines.size()));
        return String.join("\n", out);
    }

    /** Curly quotes around 'Yes' and non-breaking hyphens in "out-of-court", as a word processor's PDF keeps them. */
    public static String typography(String text) {
        return text.replace("'Yes'", "\u2018Yes\u2019").replace("out-of-court", "out\u2011of\u2011court")
                .replace("Out-of-court", "Out\u2011of\u2011court");
    }

    private static int next(List<String> lines, int from) {
        int i = from;
        while (plain(lines.get(i)).isEmpty() || plain(lines.get(i)).equals("---")) {
            i++;
        }
        return i;
    }

    private static String plain(String line) {
        return MARKUP.matcher(line).replaceAll("").replace('\t', ' ').strip();
    }

    /** [first, last] line of the ratings page: its heading, with a score below, to its last row. */
    static int[] ratingsPageLines(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!plain(lines.get(i)).equalsIgnoreCase("ratings") || !scoreBelow(lines, i)) {
                continue;
            }
            int last = i;
            for (int j = i + 1; j < Math.min(lines.size(), i + 120); j++) {
                String plain = plain(lines.get(j));
                if (AFTER_PAGE.matcher(plain).matches()) {
                    break;
                }
                if (STANDARD_ROW.matcher(plain).matches() || LONE_RATING.matcher(plain).matches()) {
                    last = j;
                }
            }
            return new int[] {i, last};
        }
        throw new IllegalArgumentException("no ratings page");
    }

    private static boolean scoreBelow(List<String> lines, int heading) {
        return lines.subList(heading + 1, Math.min(lines.size(), heading + 40)).stream()
                .anyMatch(l -> l.toLowerCase(Locale.ROOT).matches(".*\\bscore\\b.*"));
    }

    private static String render(PublishedReport report, RatingsLayout layout) {
        List<String> out = new ArrayList<>(List.of("Ratings", ""));
        String score = report.score() + "/" + report.maxScore();
        String overall = report.overallRating().label();
        switch (layout) {
            case COLUMN_BY_COLUMN -> {
                out.addAll(List.of(report.service(), "Score " + score, "Overall rating"));
                String domain = "";
                for (PublishedStandard s : report.standards()) {
                    if (!s.number().startsWith(domain)) {
                        domain = s.number().substring(0, 1);
                        out.add(domain + ". " + DOMAINS[s.domain()]);
                    }
                    out.add(s.number() + " " + shortName(s));
                }
                out.add(overall);
                report.standards().forEach(s -> out.add(s.rating().label()));
            }
            case PIPE_TABLE -> {
                out.add("| " + report.service() + " | Score | " + score + " |");
                out.add("|---|---|---|");
                out.add("| Overall rating | | " + overall + " |");
                String domain = "";
                for (PublishedStandard s : report.standards()) {
                    if (!s.number().startsWith(domain)) {
                        domain = s.number().substring(0, 1);
                        out.add("| **" + domain + ". " + DOMAINS[s.domain()] + "** | | |");
                    }
                    String star = s.rating().label().equals("Outstanding") ? " \u2605" : "";
                    out.add("| " + s.number() + " | " + shortName(s) + " | " + s.rating().label() + star + " |");
                }
            }
            case NAMES_UNDER_DOMAINS -> {
                out.addAll(List.of(report.service(), "Score: " + report.score() + " / " + report.maxScore(),
                        "Overall rating: " + capitalised(overall), "Standard\tRating"));
                int domain = 0;
                for (PublishedStandard s : report.standards()) {
                    if (s.domain() != domain) {
                        domain = s.domain();
                        out.add(DOMAINS[domain]);
                    }
                    out.add(shortName(s) + "\t" + capitalised(s.rating().label()));
                }
            }
            case NAMES_ONLY -> {
                out.addAll(List.of(report.service(), "Overall score " + report.score() + " out of " + report.maxScore(),
                        "Overall rating", overall));
                report.standards().forEach(s -> out.add(shortName(s) + " " + s.rating().label()));
            }
            case ONE_WORD_PER_LINE -> {
                out.addAll(List.of(report.service(), "Score", "", score, "", "Overall rating", ""));
                out.addAll(Arrays.asList(overall.split(" ")));
                for (PublishedStandard s : report.standards()) {
                    out.addAll(List.of("", s.number() + " " + shortName(s), ""));
                    out.addAll(Arrays.asList(s.rating().label().split(" ")));
                    if (s.number().equals("2.2")) {
                        out.addAll(List.of("", "7", "", "Inspection of youth offending services in: a place 7", ""));
                    }
                }
            }
        }
        out.add("");
        return String.join("\n", out);
    }

    /** Ratings pages print the shorter names: "Policy and provision" for 3.4 (2021) and 4.1, "Joint working" for 3.4 (2018). */
    private static String shortName(PublishedStandard standard) {
        return standard.name().replaceFirst("^(?:Out-of-court disposal|Resettlement) policy", "Policy");
    }

    private static String capitalised(String label) {
        return label.replace("improvement", "Improvement");
    }
}
