package org.yjinspect.published.app;

import java.nio.file.Path;
import java.util.Objects;

/** Import one published report from a plain-text file. */
public record ImportPublishedReportCommand(Path file) {
    public ImportPublishedReportCommand {
        Objects.requireNonNull(file, "file");
    }

    /** The name the report is known by in the output: the file name. */
    public String source() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
