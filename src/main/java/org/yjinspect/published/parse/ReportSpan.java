package org.yjinspect.published.parse;

/**
 * Where the report lies in the file: lines {@code start} (its title, or 0) to {@code end}
 * (after its back cover, or the end of the file). {@code titleService} is the place named in
 * the title ("Plymouth"), or null when no title was found.
 */
record ReportSpan(int start, int end, String titleService, boolean titleFound) {
}
