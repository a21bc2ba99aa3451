package org.yjinspect.support.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws text and rules on A4 pages with PDFBox content streams, in DejaVu Sans (the report's
 * font), measuring from the top of the page. Characters the font has no glyph for print as '?'.
 * Each new page gets the running header, footer and page number when they are asked for.
 */
final class PageWriter {
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();
    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final Furniture furniture;
    private PDPageContentStream content;
    private int pages;

    /** Running header and footer texts (null for none) and whether page numbers are printed. */
    record Furniture(String header, String footer, boolean pageNumbers) {
        static final Furniture NONE = new Furniture(null, null, false);
    }

    PageWriter(Furniture furniture) {
        this.furniture = furniture;
        try (InputStream in = PageWriter.class.getResourceAsStream("/report/DejaVuSans.ttf")) {
            font = PDType0Font.load(document, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            pages++;
            if (furniture.header() != null) {
                text(56, 36, 8, furniture.header());
            }
            if (furniture.footer() != null) {
                text(56, HEIGHT - 30, 8, furniture.footer());
            }
            if (furniture.pageNumbers()) {
                String number = String.valueOf(pages);
                text(WIDTH - 56 - width(number, 9), HEIGHT - 30, 9, number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void text(float x, float top, float size, String text) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, HEIGHT - top);
            content.showText(printable(text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x1, float top1, float x2, float top2) {
        try {
            content.setLineWidth(0.5f);
            content.moveTo(x1, HEIGHT - top1);
            content.lineTo(x2, HEIGHT - top2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] finish() {
        try (document) {
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(printable.computeIfAbsent(c, this::hasGlyph) ? c : '?'));
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return !Character.isISOControl(codePoint);
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
