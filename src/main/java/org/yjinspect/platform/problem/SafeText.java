package org.yjinspect.platform.problem;

/**
 * Shows text that came from outside (a file, a request, an option) safely inside a message:
 * every character that is not visible plain text (controls, line breaks, formatting and
 * direction controls, broken UTF-16 halves) becomes "?", and the text is cut to 40 characters,
 * so hostile input cannot forge terminal output, logs or the message around it. This is how
 * refused text is quoted back; what text is accepted is {@link org.yjinspect.platform.input.TextRule}'s.
 */
public final class SafeText {
    private static final int SHOWN = 40;

    private SafeText() {
    }

    public static String shown(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(Math.min(raw.length(), SHOWN + 3));
        int count = 0;
        for (int i = 0; i < raw.length(); count++) {
            int c = raw.codePointAt(i);
            if (count == SHOWN) {
                return shown.append("...").toString();
            }
            if (visible(c)) {
                shown.appendCodePoint(c);
            } else {
                shown.append('?');
            }
            i += Character.charCount(c);
        }
        return shown.toString();
    }

    private static boolean visible(int c) {
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
    }
}
