package org.yjinspect.published.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * A report's PDF as the plain text the readers take: its glyphs with their positions become
 * lines and tab-separated cells, without page furniture. Refuses ({@link PdfRefusal}) a PDF that
 * needs a password or forbids copying its text, one with no text layer (a scan), one that is
 * damaged or cut short, and one far larger than any report (more than {@link #MAX_PAGES} pages).
 * PDFBox keeps at most {@link #MAX_MEMORY} bytes of the file's streams in memory, the rest in
 * bounded temporary files.
 */
public final class PdfText {
    static final int MAX_PAGES = 1000;
    static final long MAX_MEMORY = 64L * 1024 * 1024;
    static final long MAX_STORAGE = 512L * 1024 * 1024;
    static final int MAX_GLYPHS = 10_000_000;

    private PdfText() {
    }

    /** A PDF by its content: "%PDF-" within the first kilobyte (as readers allow), whatever the file is called. */
    public static boolean isPdf(byte[] bytes) {
        return PdfChecks.headerAt(bytes) >= 0;
    }

    public static String read(byte[] bytes) {
        PdfChecks.complete(bytes);
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(MAX_MEMORY, MAX_STORAGE).streamCache)) {
            PdfChecks.readable(document, MAX_PAGES);
            GlyphCollector glyphs = GlyphCollector.collect(document, MAX_GLYPHS);
            PdfChecks.hasText(document, glyphs);
            List<PrintedPage> pages = new ArrayList<>();
            for (int p = 0; p < glyphs.pages().size(); p++) {
                pages.add(new PrintedPage(glyphs.heights().get(p), LineBuilder.lines(glyphs.pages().get(p))));
            }
            return PageText.of(PageFurniture.dropped(pages));
        } catch (InvalidPasswordException e) {
            throw PdfChecks.passwordProtected();
        } catch (PdfRefusal e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw PdfChecks.damaged();
        }
    }
}
