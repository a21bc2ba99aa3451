package org.yjinspect.caseload.csv;

/**
 * Decides whether an export uses commas or semicolons (spreadsheet exports in many locales
 * use semicolons) by counting both, outside quotes, in the header line.
 */
final class Separator {
    private Separator() {
    }

    static char detect(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
