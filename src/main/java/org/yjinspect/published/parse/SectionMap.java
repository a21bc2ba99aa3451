package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The headings of the report body (after the ratings page) in order, and where the annexes
 * begin. Standard sections run from their heading to the next heading of any kind; the data
 * annexe's "(court disposals)" headings are kept apart from the body's.
 */
final class SectionMap {
    private final List<Heading> headings;
    private final int bodyStart;
    private final int annexeStart;
    private final int end;

    private SectionMap(List<Heading> headings, int bodyStart, int annexeStart, int end) {
        this.headings = List.copyOf(headings);
        this.bodyStart = bodyStart;
        this.annexeStart = annexeStart;
        this.end = end;
    }

    static SectionMap build(ReportText text, int bodyStart, int end) {
        List<Heading> headings = new ArrayList<>();
        int annexe = end;
        for (int i = bodyStart; i < end; i++) {
            Line line = text.get(i);
            if (line.blank()) {
                continue;
            }
            int index = i;
            Optional<Heading> heading = Headings.standard(line, index).or(() -> Headings.domain(line, index))
                    .or(() -> Headings.named(line, index));
            if (heading.isPresent()) {
                headings.add(heading.get());
                if (annexe == end && Headings.isAnnexe(heading.get())) {
                    annexe = i;
                }
            }
        }
        return new SectionMap(headings, bodyStart, annexe, end);
    }

    int bodyStart() {
        return bodyStart;
    }

    int annexeStart() {
        return annexeStart;
    }

    int end() {
        return end;
    }

    List<Heading> headings() {
        return headings;
    }

    /** Body standard sections in order; of two headings for one standard in a row, the later one. */
    List<Section> standardSections() {
        List<Section> sections = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            if (heading.kind() != Heading.Kind.STANDARD || heading.qualified() || heading.index() >= annexeStart) {
                continue;
            }
            int to = h + 1 < headings.size() ? Math.min(headings.get(h + 1).index(), annexeStart) : annexeStart;
            if (!sections.isEmpty() && sections.get(sections.size() - 1).number().equals(heading.number())
                    && sections.get(sections.size() - 1).to() == heading.index()) {
                sections.remove(sections.size() - 1);
            }
            sections.add(new Section(heading.number(), heading.name(), heading.index(), to));
        }
        return sections;
    }

    /** Sections of the data annexe headed "2.1. Assessment (court disposals)", to the next such heading. */
    List<Section> dataSections() {
        List<Heading> data = headings.stream().filter(h -> h.kind() == Heading.Kind.STANDARD && h.qualified()).toList();
        List<Section> sections = new ArrayList<>();
        for (int h = 0; h < data.size(); h++) {
            int to = h + 1 < data.size() ? data.get(h + 1).index() : end;
            sections.add(new Section(data.get(h).number(), data.get(h).name(), data.get(h).index(), to));
        }
        return sections;
    }

    /** The first named section with this title, from its heading to the next heading. */
    Optional<Section> named(String title) {
        for (int h = 0; h < headings.size(); h++) {
            Heading heading = headings.get(h);
            if (heading.kind() == Heading.Kind.SECTION && heading.name().equals(title)) {
                int to = h + 1 < headings.size() ? headings.get(h + 1).index() : end;
                return Optional.of(new Section(null, title, heading.index(), to));
            }
        }
        return Optional.empty();
    }

    /** The nearest domain heading at or before a line, numbered or plain; empty if none. */
    Optional<Heading> domainAt(int index) {
        Heading found = null;
        for (Heading heading : headings) {
            if (heading.index() > index) {
                break;
            }
            if (heading.kind() == Heading.Kind.DOMAIN) {
                found = heading;
            } else if (heading.kind() == Heading.Kind.STANDARD && !heading.qualified()) {
                found = new Heading(heading.index(), Heading.Kind.DOMAIN, heading.number().substring(0, 1),
                        heading.name(), true);
            }
        }
        return Optional.ofNullable(found);
    }

    /** The body standard section containing a line, if any. */
    Optional<Section> standardAt(int index) {
        return standardSections().stream().filter(s -> s.from() <= index && index < s.to()).findFirst();
    }

    /** A stretch of lines [from, to) belonging to one heading. */
    record Section(String number, String name, int from, int to) {
    }
}
