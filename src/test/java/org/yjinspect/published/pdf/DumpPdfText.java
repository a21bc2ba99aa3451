package org.yjinspect.published.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the text a PDF gives the readers: {@code java ... DumpPdfText FILE.pdf} (for looking, not a test). */
public final class DumpPdfText {
    private DumpPdfText() {
    }

    public static void main(String[] args) throws Exception {
        System.out.print(PdfText.read(Files.readAllBytes(Path.of(args[0]))));
    }
}
