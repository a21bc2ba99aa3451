package org.yjinspect.published.parse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the headings of a report: standards, domains and the named sections. */
final class Headings {
    private static final Pattern STANDARD = Pattern.compile(
            "^(?i:standard\\s+)?(\\d)\\s?\\.\\s?(\\d)\\.?:?\\s+([A-Z][A-Za-z'& \\-]{1,70}?)\\s*"
                    + "(?:[(\\u2013\\u2014:\\-]\\s*((?i:(?:out[- ]of[- ])?court disposals?))\\)?)?\\s*$");
    /** A heading whose number and name a converter put in two cells ("2.1.<tab>Assessment"). */
    private static final Pattern NUMBER_CELL = Pattern.compile("^(?i:standard\\s+|domain\\s+)?\\d(?:\\s?\\.\\s?\\d)?\\.?:?$");
    private static final Pattern DOMAIN = Pattern.compile("(?i)^(?:(\\d)\\s?\\.?\\s+|domain (one|two|three|four|\\d)\\s*[:\\-\\u2013\\u2014]?\\s*)?"
            + "(organisational delivery|court disposals|out[- ]of[- ]court disposals|resettlement)\\s*$");
    private static final Map<String, String> DOMAIN_WORDS = Map.of("one", "1", "two", "2", "three", "3", "four", "4");
    private static final Map<String, String> DOMAIN_NAMES = Map.of("organisational delivery", "1",
            "court disposals", "2", "out-of-court disposals", "3", "resettlement", "4");
    private static final Pattern NAMED = Pattern.compile("(?i)^(ratings|executive summary|recommendations|background"
            + "|contextual facts|foreword|introduction|diversity|acknowledgements|contents|methodology|ratings explained"
            + "|overall findings|summary of findings|key findings|findings|glossary|references|the inspection"
            + "|data from inspected cases|further information|overall provider rating|demographics"
            + "|hm inspectorate of probation standards|(?:annexe?|appendix) \\d+(?:\\s*[:\\-\\u2013]\\s*[a-z][a-z ,]{0,40})?)\\s*:?\\s*\\d{0,3}$");

    private Headings() {
    }

    /** A standard heading such as "2.1. Assessment" or, in the data annexe, "2.1. Assessment (court disposals)". */
    static Optional<Heading> standard(Line line, int index) {
        if (line.hasCells() && !numberedInCells(line)) {
            return Optional.empty();
        }
        Matcher m = STANDARD.matcher(line.plain());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Heading(index, Heading.Kind.STANDARD, m.group(1) + "." + m.group(2),
                m.group(3).strip(), m.group(4) != null));
    }

    /** A domain heading, numbered ("2. Court disposals", "Domain two: Court disposals") or plain ("Court disposals"). */
    static Optional<Heading> domain(Line line, int index) {
        if (line.hasCells() && !numberedInCells(line)) {
            return Optional.empty();
        }
        Matcher m = DOMAIN.matcher(line.plain());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(3).toLowerCase(Locale.ROOT).replaceAll("out[- ]of[- ]court", "out-of-court");
        String number = m.group(1) != null ? m.group(1)
                : m.group(2) != null ? DOMAIN_WORDS.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), m.group(2))
                : DOMAIN_NAMES.get(name);
        boolean numbered = m.group(1) != null || m.group(2) != null;
        return Optional.of(new Heading(index, Heading.Kind.DOMAIN, number, m.group(3), numbered));
    }

    /** The domain a domain heading or ratings-page row names ("2. Court disposals", "Out of court disposals"). */
    static Optional<String> domainNumber(String text) {
        Matcher m = DOMAIN.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(3).toLowerCase(Locale.ROOT).replaceAll("out[- ]of[- ]court", "out-of-court");
        return Optional.of(m.group(1) != null ? m.group(1)
                : m.group(2) != null ? DOMAIN_WORDS.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), m.group(2))
                : DOMAIN_NAMES.get(name));
    }

    /** Two cells, a number and a name: a heading as some converters lay it out, not a table row. */
    private static boolean numberedInCells(Line line) {
        List<String> cells = line.cells().stream().filter(c -> !c.isEmpty()).toList();
        return cells.size() == 2 && NUMBER_CELL.matcher(cells.get(0)).matches() && !cells.get(1).contains("?")
                && cells.get(1).length() < 80;
    }

    /** A named section heading ("Recommendations", "Annexe 2: Inspection data"), lower-cased. */
    static Optional<Heading> named(Line line, int index) {
        if (line.hasCells() || line.footnote()) {
            return Optional.empty();
        }
        Matcher m = NAMED.matcher(line.plain());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return Optional.of(new Heading(index, Heading.Kind.SECTION, null, name, false));
    }

    static boolean isAnnexe(Heading heading) {
        return heading.kind() == Heading.Kind.SECTION && (heading.name().startsWith("annex")
                || heading.name().startsWith("appendix")
                || heading.name().equals("methodology") || heading.name().equals("hm inspectorate of probation standards")
                || heading.name().equals("data from inspected cases") || heading.name().equals("further information"));
    }
}
