package org.yjinspect.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.yjinspect.platform.problem.SafeText;

/**
 * A problem with what the user gave us (a file, an option, a value). The message names the
 * file, the place, the field and the value; the command line prints it and exits with code 2,
 * never with a stack trace.
 */
public class InputError extends RuntimeException {
    public InputError(String message) {
        super(message);
    }

    public InputError(String message, Throwable cause) {
        super(message, cause);
    }

    /** A file or folder the user named that cannot be used is the user's to fix, not a bug; null for any other failure. */
    static InputError fromFile(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSystemException file && file.getFile() != null) {
                return new InputError(SafeText.shown(file.getFile()) + ": " + reason(file), file);
            }
        }
        return null;
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        return e.getReason() != null ? e.getReason() : "cannot be used";
    }
}
