package org.yjinspect.published.pdf;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * What makes a PDF unusable as a report's text, each refusal saying what to do: not complete
 * (no end-of-file marker: cut short while downloading), damaged, password-protected or locked
 * against copying text, far too many pages, or no text layer at all (a scan).
 */
final class PdfChecks {
    private static final int HEADER_WINDOW = 1024;
    private static final int TAIL_WINDOW = 2048;
    /** Fewer letters and digits than this in the whole file is no text layer, only stray marks. */
    private static final int SOME_TEXT = 20;

    private PdfChecks() {
    }

    static int headerAt(byte[] bytes) {
        return indexOf(bytes, "%PDF-", 0, Math.min(bytes.length, HEADER_WINDOW));
    }

    /** Every complete PDF ends with "%%EOF"; a file without one near its end was cut short. */
    static void complete(byte[] bytes) {
        if (indexOf(bytes, "%%EOF", Math.max(0, bytes.length - TAIL_WINDOW), bytes.length) < 0) {
            throw new PdfRefusal("the PDF is incomplete (it has no end-of-file marker): it was probably cut short "
                    + "while downloading or copying; download the report again");
        }
    }

    static void readable(PDDocument document, int maxPages) {
        if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
            throw new PdfRefusal("the PDF is encrypted and its permissions forbid copying its text; ask the "
                    + "publisher for an unrestricted copy, or import a text copy of the report");
        }
        int pages = document.getNumberOfPages();
        if (pages == 0) {
            throw damaged();
        }
        if (pages > maxPages) {
            throw new PdfRefusal("the PDF has " + pages + " pages, more than " + maxPages + "; an inspection "
                    + "report has far fewer: import the report on its own");
        }
    }

    static void hasText(PDDocument document, GlyphCollector glyphs) {
        long letters = glyphs.pages().stream().flatMap(p -> p.stream())
                .filter(g -> g.text().codePoints().anyMatch(Character::isLetterOrDigit)).count();
        if (letters >= SOME_TEXT) {
            return;
        }
        if (hasImages(document)) {
            throw new PdfRefusal("the PDF has no text: it looks like a scanned image; run it through text "
                    + "recognition (OCR, for example ocrmypdf) and import the result, or import a text copy");
        }
        throw new PdfRefusal("the PDF has no text on any page; it is not a report's text (export the "
                + "report as PDF from the original document, or import a text copy)");
    }

    static PdfRefusal passwordProtected() {
        return new PdfRefusal("the PDF is password-protected; save a copy without the password (or ask the "
                + "publisher for one) and import that");
    }

    static PdfRefusal damaged() {
        return new PdfRefusal("the PDF is damaged and its text cannot be read; download the report again, or "
                + "import a text copy (for example from pdftotext)");
    }

    private static boolean hasImages(PDDocument document) {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                try {
                    if (resources.isImageXObject(name)) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static int indexOf(byte[] bytes, String marker, int from, int to) {
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        for (int i = from; i + m.length <= to; i++) {
            int j = 0;
            while (j < m.length && bytes[i + j] == m[j]) {
                j++;
            }
            if (j == m.length) {
                return i;
            }
        }
        return -1;
    }
}
