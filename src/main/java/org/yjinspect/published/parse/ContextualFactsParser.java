package org.yjinspect.published.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.ContextualFact;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;

/**
 * Reads the printed facts about the service: the "Contextual facts" section (first-time entrant
 * and reoffending rates, population, caseload tables) and the key data tables of the domain one
 * standards (budget, staffing, caseload characteristics). A figure and its label may come in
 * either order; a table with a header row gives one fact per cell, named by row and column.
 */
final class ContextualFactsParser {
    private static final Pattern FIGURE = Pattern.compile("^[£$€]?\\d[\\d,]*(?:\\.\\d+)?\\s?%?$");
    private static final Pattern LOOSE_FIGURE = Pattern.compile("^[£$€]?\\d.*");

    private ContextualFactsParser() {
    }

    static List<ContextualFact> parse(ReportText text, SectionMap sections, List<ImportWarning> warnings) {
        Set<ContextualFact> facts = new LinkedHashSet<>();
        Optional<SectionMap.Section> section = sections.named("contextual facts");
        if (section.isPresent()) {
            read(text, section.get().from() + 1, section.get().to(), facts);
        } else {
            warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "no contextual facts section was found"));
        }
        for (SectionMap.Section standard : sections.standardSections()) {
            if (standard.number().startsWith("1.")) {
                read(text, standard.from() + 1, standard.to(), facts);
            }
        }
        return List.copyOf(facts);
    }

    private static void read(ReportText text, int from, int to, Set<ContextualFact> facts) {
        List<String> header = null;
        for (int i = from; i < to; i++) {
            Line line = text.get(i);
            if (line.blank() || PageNumbers.is(line)) {
                continue;
            }
            if (!line.hasCells()) {
                header = line.footnote() ? header : null;
                continue;
            }
            List<String> cells = line.cells().stream().filter(c -> !c.isEmpty()).toList();
            if (cells.size() == 2) {
                header = pair(cells.get(0), cells.get(1), header, facts);
            } else if (cells.size() > 2) {
                header = row(cells, header, facts);
            }
        }
    }

    /** A two-cell line: a figure and its label, or a two-column table header. Returns the table header in force. */
    private static List<String> pair(String a, String b, List<String> header, Set<ContextualFact> facts) {
        boolean aFigure = FIGURE.matcher(a).matches();
        if (aFigure && !FIGURE.matcher(b).matches()) {
            add(facts, b, a);
            return header;
        }
        if (!aFigure && LOOSE_FIGURE.matcher(b).matches()) {
            String name = header != null && header.size() == 2 ? header.get(0) + ": " + a : a;
            add(facts, name, b);
            return header;
        }
        return !aFigure && !b.equals("-") ? List.of(a, b) : header;
    }

    private static List<String> row(List<String> cells, List<String> header, Set<ContextualFact> facts) {
        boolean headerRow = cells.subList(1, cells.size()).stream().noneMatch(c -> FIGURE.matcher(c).matches());
        if (headerRow) {
            return cells;
        }
        if (header == null || header.size() != cells.size()) {
            return header;
        }
        for (int c = 1; c < cells.size(); c++) {
            add(facts, header.get(0) + " " + header.get(c) + " (" + cells.get(0) + ")", cells.get(c));
        }
        return header;
    }

    private static void add(Set<ContextualFact> facts, String name, String value) {
        String cleanName = name.replaceAll("\\s+", " ").strip();
        String cleanValue = value.replaceAll("(\\d)\\s+%", "$1%").strip();
        if (cleanValue.equals("-") || cleanName.length() < 3 || !Character.isLetter(cleanName.charAt(0))) {
            return;
        }
        facts.add(new ContextualFact(cleanName, cleanValue));
    }
}
