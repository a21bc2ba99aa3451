package org.yjinspect.published.app;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.yjinspect.published.pdf.PdfRefusal;
import org.yjinspect.published.pdf.PdfText;

/**
 * Reads a report's text: from a PDF (told by its "%PDF-" header, not its name) through
 * {@code published.pdf}, else from a text file in UTF-8, or Windows-1252 as older converters
 * write it. A missing, unreadable, empty or binary file, or a PDF that cannot give its text, is a
 * {@link ReportImportException} naming the file.
 */
final class ReportFile {
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private ReportFile() {
    }

    static String read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ReportImportException(name + ": is a directory, not a report file");
            }
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                throw new ReportImportException(name + ": is larger than 50 MB; not a report's text");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ReportImportException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new ReportImportException(name + ": cannot be read (permission denied)");
        } catch (IOException e) {
            throw new ReportImportException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (bytes.length == 0) {
            throw new ReportImportException(name + ": the file is empty");
        }
        if (PdfText.isPdf(bytes)) {
            try {
                return PdfText.read(bytes);
            } catch (PdfRefusal e) {
                throw new ReportImportException(name + ": " + e.getMessage());
            }
        }
        if (binary(bytes)) {
            throw new ReportImportException(name + ": is a binary file, neither a PDF nor a report's plain text "
                    + "(give the report's PDF or its text)");
        }
        return decode(bytes);
    }

    private static boolean binary(byte[] bytes) {
        int nul = 0;
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                nul++;
            }
        }
        return nul > 0;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
