package org.yjinspect.published.parse;

import java.util.regex.Pattern;

/**
 * A bare number on a line of its own is usually a page number left by the converter; prose
 * readers pass over it. (Table readers decide for themselves: there, a bare number can be the
 * figure of a row broken over two lines.) So is a bare "Draft", the mark a report circulated
 * before publication (a council's agenda pack) carries at the top of every page.
 */
final class PageNumbers {
    private static final Pattern BARE = Pattern.compile("^(?:\\d{1,3}|(?i:draft))$");

    private PageNumbers() {
    }

    static boolean is(Line line) {
        return !line.hasCells() && BARE.matcher(line.plain()).matches();
    }
}
