package org.yjinspect.published.app;

/**
 * The file cannot be imported at all: missing, unreadable, empty, or not an inspection report.
 * The message names the file and says why. A report with missing parts is not an error: it is
 * imported with warnings.
 */
public class ReportImportException extends RuntimeException {
    public ReportImportException(String message) {
        super(message);
    }

    public ReportImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
