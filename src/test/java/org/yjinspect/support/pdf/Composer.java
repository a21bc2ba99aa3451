package org.yjinspect.support.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Places paragraphs and tables on pages, top to bottom: a paragraph wrapped to the text width, a
 * table with a column per cell, each as wide as its widest cell (the first at most as wide as the
 * others leave, wrapped; the others right-aligned, set at the row's last line), in a smaller size
 * when the columns would not leave the first one room. A row is never split over two pages.
 */
final class Composer {
    private static final float LEFT = 56;
    private static final float RIGHT = PageWriter.WIDTH - 56;
    private static final float TOP = 84;
    private static final float BOTTOM = PageWriter.HEIGHT - 92;
    private static final float SIZE = 10;
    private static final float LEADING = 1.3f;
    private static final float COLUMN_GAP = 16;
    private static final float PARAGRAPH_GAP = 8;
    private final PageWriter writer;
    private final boolean ruled;
    private float y = Float.MAX_VALUE;

    Composer(PageWriter writer, boolean ruled) {
        this.writer = writer;
        this.ruled = ruled;
    }

    void gap() {
        if (y < BOTTOM) {
            y += PARAGRAPH_GAP;
        }
    }

    void paragraph(String text) {
        for (String line : wrap(text, RIGHT - LEFT, SIZE)) {
            room(SIZE * LEADING);
            y += SIZE * LEADING;
            writer.text(LEFT, y, SIZE, line);
        }
    }

    void table(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        for (float size = SIZE; size >= 6; size--) {
            float[] widths = widths(rows, columns, size);
            if (widths[0] >= Math.min(140, firstWidest(rows, size)) || size == 6) {
                float chosen = size;
                rows.forEach(row -> row(row, widths, chosen));
                return;
            }
        }
    }

    private float firstWidest(List<List<String>> rows, float size) {
        return (float) rows.stream().mapToDouble(row -> writer.width(row.get(0), size) + COLUMN_GAP).max().orElse(0);
    }

    private float[] widths(List<List<String>> rows, int columns, float size) {
        float[] widths = new float[columns];
        float others = 0;
        for (int c = 1; c < columns; c++) {
            for (List<String> row : rows) {
                if (c < row.size()) {
                    widths[c] = Math.max(widths[c], writer.width(row.get(c), size) + COLUMN_GAP);
                }
            }
            others += widths[c];
        }
        float first = 0;
        for (List<String> row : rows) {
            first = Math.max(first, writer.width(row.get(0), size) + COLUMN_GAP);
        }
        widths[0] = Math.min(first, RIGHT - LEFT - others);
        return widths;
    }

    private void row(List<String> row, float[] widths, float size) {
        List<String> first = row.get(0).isEmpty() ? List.of("") : wrap(row.get(0), widths[0] - COLUMN_GAP, size);
        float height = first.size() * size * LEADING;
        room(height + 4);
        float top = y;
        for (String line : first) {
            y += size * LEADING;
            writer.text(LEFT, y, size, line);
        }
        float right = LEFT + widths[0];
        for (int c = 1; c < row.size(); c++) {
            right += widths[c];
            if (!row.get(c).isEmpty()) {
                writer.text(right - COLUMN_GAP / 2 - writer.width(row.get(c), size), y, size, row.get(c));
            }
        }
        if (ruled) {
            writer.rule(LEFT, y + 4, RIGHT, y + 4);
            float x = LEFT;
            for (int c = 0; c < widths.length - 1; c++) {
                x += widths[c];
                writer.rule(x - COLUMN_GAP / 2, top + 2, x - COLUMN_GAP / 2, y + 4);
            }
        }
        y += 4;
    }

    private void room(float height) {
        if (y + height > BOTTOM) {
            writer.newPage();
            y = TOP;
        }
    }

    private List<String> wrap(String text, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && writer.width(tried, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
