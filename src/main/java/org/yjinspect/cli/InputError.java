package org.yjinspect.cli;

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
}
