package org.yjinspect.published.pdf;

/**
 * The PDF cannot give a report's text. The message says why and what to do, in words for the
 * person importing; it never carries PDFBox's own message, and the caller adds the file's name.
 */
public final class PdfRefusal extends RuntimeException {
    public PdfRefusal(String message) {
        super(message, null, false, false);
    }
}
