package org.yjinspect.export.file;

import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An export ready to be written: its file name, its content type, and the writing itself, which
 * streams the rows onto the stream given (and leaves it open for the caller to close).
 */
public record ExportFile(String fileName, String contentType, Consumer<OutputStream> writing) {
    public ExportFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(writing, "writing");
    }

    public void writeTo(OutputStream out) {
        writing.accept(out);
    }
}
