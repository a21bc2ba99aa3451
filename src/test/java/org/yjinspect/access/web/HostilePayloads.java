package org.yjinspect.access.web;

import java.util.List;

/**
 * The hostile texts {@link HostileTextTest} puts into every text field, each with what it is
 * expected to be: plain text (however much it looks like markup, SQL, a template or a formula,
 * it is stored and given back exactly), text over several lines (fine in free text, not in a
 * one-line name), or text no field may hold (control, direction and invisible characters, and
 * text longer than any field takes).
 */
final class HostilePayloads {
    /** Longer than the longest text field (5,000 characters) and well inside the 1 MB body limit. */
    static final int OVERLONG = 20_000;

    /** What a field should do with a payload, whatever field it is. */
    enum Nature {
        /** Any text field stores it as it is. */
        PLAIN,
        /** Free text stores it; a one-line name refuses it. */
        LINES,
        /** Every field refuses it. */
        UNSAFE
    }

    record Payload(String label, String text, Nature nature) {
        @Override
        public String toString() {
            return label;
        }
    }

    private HostilePayloads() {
    }

    static List<Payload> all() {
        return List.of(
                new Payload("script tag", "<script>alert(1)</script>", Nature.PLAIN),
                new Payload("attribute break-out", "\"><img src=x onerror=alert(1)>", Nature.PLAIN),
                new Payload("javascript URL", "javascript:alert(document.cookie)", Nature.PLAIN),
                new Payload("SQL drop table", "'; drop table inspection; --", Nature.PLAIN),
                new Payload("SQL always true", "' OR '1'='1", Nature.PLAIN),
                new Payload("SQL in a name's letters", "O'Neil' OR 'x' --", Nature.PLAIN),
                new Payload("SQL with backslash", "\\'); delete from user_account; --", Nature.PLAIN),
                new Payload("JNDI lookup", "${jndi:ldap://x}", Nature.PLAIN),
                new Payload("template expression", "{{7*7}}", Nature.PLAIN),
                new Payload("spreadsheet formula", "=HYPERLINK(\"http://x\",\"y\")", Nature.PLAIN),
                new Payload("accents and emoji", "Si\u00e2n \u00d3 Briain \ud83d\udc7e", Nature.PLAIN),
                new Payload("line break and tab", "line one\nline\ttwo", Nature.LINES),
                new Payload("right-to-left override", "invoice\u202Etxt.exe", Nature.UNSAFE),
                new Payload("NUL byte", "a\u0000b", Nature.UNSAFE),
                new Payload("bell and terminal escape", "a\u0007b\u001b[31mred", Nature.UNSAFE),
                new Payload("next-line control", "a\u0085b", Nature.UNSAFE),
                new Payload("zero-width space", "a\u200Bb", Nature.UNSAFE),
                new Payload("very long", "<script>alert(1)</script>".repeat(OVERLONG / 25), Nature.UNSAFE));
    }

    /** Markup and quotes exactly {@code length} characters long: the longest text the field takes. */
    static Payload atLimit(int length) {
        return new Payload("exactly " + length + " characters", cut(length), Nature.PLAIN);
    }

    /** One character more than the field takes. */
    static Payload overLimit(int length) {
        return new Payload(length + 1 + " characters", cut(length + 1), Nature.UNSAFE);
    }

    private static String cut(int length) {
        return "'<x>\"".repeat(length / 5 + 1).substring(0, length);
    }
}
