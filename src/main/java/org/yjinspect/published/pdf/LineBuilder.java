package org.yjinspect.published.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's glyphs into printed lines. Glyphs share a line when their baselines are within
 * half the font size of each other (so a raised footnote marker stays on its line); along the
 * line, a gap wider than {@link #CELL_GAP} font sizes separates table cells, a smaller one wider
 * than {@link #WORD_GAP} (or a printed space) separates words. Glyphs printed twice in the same
 * place (bold made by overprinting) count once.
 */
final class LineBuilder {
    /** A column gap: wider than any word space, even in justified prose. */
    static final float CELL_GAP = 1.0f;
    static final float WORD_GAP = 0.15f;
    private static final float SAME_LINE = 0.5f;

    private LineBuilder() {
    }

    static List<PrintedLine> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = glyphs.stream().filter(LineBuilder::finite)
                .sorted(Comparator.comparingDouble(Glyph::y)).toList();
        List<PrintedLine> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        float top = 0;
        float size = 0;
        for (Glyph glyph : sorted) {
            if (!line.isEmpty() && glyph.y() - top > SAME_LINE * Math.max(size, glyph.size())) {
                add(lines, line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                top = glyph.y();
                size = 0;
            }
            line.add(glyph);
            size = glyph.space() ? size : Math.max(size, glyph.size());
        }
        add(lines, line);
        return lines;
    }

    private static void add(List<PrintedLine> lines, List<Glyph> glyphs) {
        List<Glyph> ordered = new ArrayList<>(glyphs);
        ordered.sort(Comparator.comparingDouble(Glyph::x));
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        Glyph previous = null;
        boolean spaced = false;
        float baseline = 0;
        float size = 0;
        for (Glyph glyph : ordered) {
            if (glyph.space()) {
                spaced = previous != null;
                continue;
            }
            if (previous != null && overprinted(previous, glyph)) {
                continue;
            }
            if (previous != null) {
                float gap = glyph.x() - previous.end();
                float em = Math.max(previous.size(), glyph.size());
                if (gap > CELL_GAP * em) {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else if (spaced || gap > WORD_GAP * em) {
                    cell.append(' ');
                }
            }
            cell.append(glyph.text());
            baseline = Math.max(baseline, glyph.y());
            size = Math.max(size, glyph.size());
            previous = glyph;
            spaced = false;
        }
        cells.add(cell.toString().strip());
        if (previous != null) {
            lines.add(new PrintedLine(baseline, size, cells));
        }
    }

    private static boolean overprinted(Glyph previous, Glyph glyph) {
        return previous.text().equals(glyph.text()) && Math.abs(previous.x() - glyph.x()) < 0.5f
                && Math.abs(previous.y() - glyph.y()) < 0.5f;
    }

    private static boolean finite(Glyph glyph) {
        return Float.isFinite(glyph.x()) && Float.isFinite(glyph.y()) && Float.isFinite(glyph.width())
                && Float.isFinite(glyph.size());
    }
}
