package org.yjinspect.published.parse;

/**
 * A heading found in the report. For a standard: its number ("2.1") and printed name, and
 * {@code qualified} when it carries "(court disposals)" as in the data annexe. For a domain:
 * its number ("2") and {@code qualified} when the heading is numbered. For a named section:
 * its lower-cased title.
 */
record Heading(int index, Kind kind, String number, String name, boolean qualified) {
    enum Kind { STANDARD, DOMAIN, SECTION }
}
