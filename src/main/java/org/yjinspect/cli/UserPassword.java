package org.yjinspect.cli;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a new password the only two ways the command line takes one: typed at the terminal
 * without echo (twice, to catch a typo), or the first line of standard input with
 * --password-stdin (for scripts: {@code printf '%s\n' "$PW" | yjinspect user create ...}).
 * Never from an argument, which other users of the machine can see in the process list.
 */
final class UserPassword {
    private static final int LONGEST_LINE = 4096;

    private UserPassword() {
    }

    static char[] read(boolean fromStdin) {
        return fromStdin ? firstLine(System.in) : typed();
    }

    private static char[] typed() {
        Console console = System.console();
        if (console == null) {
            throw new InputError("there is no terminal to type the password at; send it on standard input with"
                    + " --password-stdin");
        }
        char[] first = console.readPassword("New password (at least 12 characters): ");
        char[] second = console.readPassword("The same password again: ");
        if (first == null || second == null) {
            throw new InputError("no password was typed");
        }
        if (!Arrays.equals(first, second)) {
            throw new InputError("the two passwords are not the same; nothing was changed");
        }
        Arrays.fill(second, '\0');
        return first;
    }

    static char[] firstLine(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                if (line.size() >= LONGEST_LINE) {
                    throw new InputError("the first line of standard input is longer than " + LONGEST_LINE
                            + " bytes; send the password alone on one line");
                }
                line.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isEmpty()) {
            throw new InputError("--password-stdin: standard input has no password on its first line");
        }
        return text.toCharArray();
    }

    /** Who runs the command, as the account audit records it. */
    static String actor() {
        return "command line (" + System.getProperty("user.name", "unknown") + ")";
    }
}
