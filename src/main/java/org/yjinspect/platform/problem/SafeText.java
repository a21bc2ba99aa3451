package org.yjinspect.platform.problem;

/**
 * Shows text that came from outside (a file, a request) safely inside a message: printable
 * characters only, cut to 40 characters, so hostile input cannot forge terminal output or logs.
 */
public final class SafeText {
    private static final int SHOWN = 40;

    private SafeText() {
    }

    public static String shown(String raw) {
        if (raw == null) {
            return "";
        }
        String printable = raw.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
        return printable.length() <= SHOWN ? printable : printable.substring(0, SHOWN) + "...";
    }
}
