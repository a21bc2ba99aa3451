package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;

/** A report's text as normalised lines, with helpers for paragraphs and look-ahead. */
public final class ReportText {
    private final List<Line> lines;

    public ReportText(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public int size() {
        return lines.size();
    }

    public Line get(int index) {
        return lines.get(index);
    }

    public List<Line> lines() {
        return lines;
    }

    /** Index of the next non-blank line at or after {@code from}, before {@code to}; -1 if none. */
    public int nextNonBlank(int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Paragraphs between two indexes: runs of consecutive non-blank lines without table cells,
     * joined by spaces, so that wording split across lines is read whole.
     */
    public List<Paragraph> paragraphs(int from, int to) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = -1;
        for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
            Line line = lines.get(i);
            if (line.blank() || line.hasCells()) {
                if (start >= 0) {
                    paragraphs.add(new Paragraph(start, text.toString()));
                    text.setLength(0);
                    start = -1;
                }
                continue;
            }
            if (start < 0) {
                start = i;
            } else {
                text.append(' ');
            }
            text.append(line.plain());
        }
        if (start >= 0) {
            paragraphs.add(new Paragraph(start, text.toString()));
        }
        return paragraphs;
    }

    /** A paragraph of prose: its first line index and its text. */
    public record Paragraph(int index, String text) {
    }
}
