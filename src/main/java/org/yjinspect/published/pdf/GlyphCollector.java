package org.yjinspect.published.pdf;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects every glyph PDFBox's text stripper meets, page by page, with its position, instead of
 * the stripper's own text: the lines and cells are built from the positions
 * ({@link LineBuilder}). Stops at {@code maxGlyphs}, which no inspection report comes near, so
 * that a hostile file cannot fill the memory.
 */
final class GlyphCollector extends PDFTextStripper {
    private final int maxGlyphs;
    private final List<List<Glyph>> pages = new ArrayList<>();
    private final List<Float> heights = new ArrayList<>();
    private List<Glyph> current = new ArrayList<>();
    private int count;

    GlyphCollector(int maxGlyphs) {
        this.maxGlyphs = maxGlyphs;
    }

    /** Each page's glyphs in the order the content stream draws them, and each page's height. */
    static GlyphCollector collect(PDDocument document, int maxGlyphs) throws IOException {
        GlyphCollector collector = new GlyphCollector(maxGlyphs);
        collector.writeText(document, Writer.nullWriter());
        return collector;
    }

    List<List<Glyph>> pages() {
        return pages;
    }

    List<Float> heights() {
        return heights;
    }

    int count() {
        return count;
    }

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
        pages.add(current);
        heights.add(page.getCropBox() == null ? 842f : page.getCropBox().getHeight());
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        if (++count > maxGlyphs) {
            throw new PdfRefusal("holds more text than any inspection report (over " + maxGlyphs
                    + " characters); import the report on its own, not a collection of documents");
        }
        float size = Math.max(1f, Math.abs(text.getFontSizeInPt()) > 0 ? Math.abs(text.getFontSizeInPt())
                : Math.abs(text.getHeightDir()));
        current.add(new Glyph(text.getXDirAdj(), text.getYDirAdj(), Math.max(0f, text.getWidthDirAdj()), size, unicode));
    }
}
