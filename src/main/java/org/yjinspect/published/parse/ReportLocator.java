package org.yjinspect.published.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;

/**
 * Finds the report in the file by its structure: it starts at its title ("An inspection of
 * youth offending services in ...", "Joint inspection of youth justice services in ...") and
 * ends at its back cover (the ISBN line after the ratings page) or at the title of another
 * report. Agenda packs and appendices around it are left out, with a warning.
 */
final class ReportLocator {
    static final Pattern TITLE = Pattern.compile("(?i)^(?:an?\\s+)?(?:joint\\s+)?inspection\\s+of\\s+youth\\s+"
            + "(?:offending|justice)\\s+(?:services?|work\\b[^:]{0,60}?)\\s+in\\b\\s*([^:]*)$");
    private static final Pattern ISBN = Pattern.compile("(?i)^isbn\\b");
    private static final int LOOSE_LINES = 8;
    /** The title page line may run the service into the inspectorate's name: "North YorkshireHM Inspectorate of Probation". */
    private static final Pattern INSPECTORATE = Pattern.compile("(?i)\\s*(?:HM|Her Majesty's|His Majesty's)?\\s*"
            + "Inspectorate of Probation\\b.*$|\\s*HMI Probation\\b.*$");

    private ReportLocator() {
    }

    static ReportSpan locate(ReportText text, List<ImportWarning> warnings) {
        int title = findTitle(text, 0);
        int start = Math.max(title, 0);
        int end = end(text, start, title >= 0);
        String service = title >= 0 ? titleService(text, title) : null;
        int before = nonBlank(text, 0, start);
        if (before > LOOSE_LINES) {
            warnings.add(ImportWarning.at(WarningKind.EMBEDDED_REPORT, "the report starts part-way through the file; "
                    + "the text before its title was ignored", text.get(0).number()));
        }
        int after = nonBlank(text, end, text.size());
        if (after > LOOSE_LINES) {
            warnings.add(ImportWarning.at(WarningKind.EMBEDDED_REPORT, "the report ends before the end of the file; "
                    + "the text after its back cover was ignored", text.get(end).number()));
        }
        return new ReportSpan(start, end, service, title >= 0);
    }

    private static int findTitle(ReportText text, int from) {
        for (int i = from; i < text.size(); i++) {
            Line line = text.get(i);
            if (!line.hasCells() && TITLE.matcher(line.plain()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static int end(ReportText text, int start, boolean titled) {
        // The ratings page as its reader finds it: a "Ratings" line in the contents is not the page.
        int ratings = RatingsPageParser.start(text, start, text.size());
        for (int i = Math.max(ratings + 1, start); ratings >= 0 && i < text.size(); i++) {
            if (ISBN.matcher(text.get(i).plain()).find()) {
                return i + 1;
            }
        }
        int next = titled ? anotherReport(text, start, ratings) : -1;
        return next > ratings && ratings >= 0 ? next : text.size();
    }

    /**
     * The title of another report after this one's ratings page; a running header repeating this
     * report's title ("Inspection of youth offending services in Anytown") is not one.
     */
    private static int anotherReport(ReportText text, int start, int ratings) {
        String own = place(titleService(text, start));
        for (int next = findTitle(text, Math.max(start, ratings) + 1); next >= 0; next = findTitle(text, next + 1)) {
            String place = place(titleService(text, next));
            if (own.isEmpty() || place.isEmpty() || !(place.contains(own) || own.contains(place))) {
                return next;
            }
        }
        return -1;
    }

    private static String place(String service) {
        return service == null ? "" : service.replaceAll("[^A-Za-z ]", " ").replaceAll("\\s+", " ").strip()
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static String titleService(ReportText text, int title) {
        Matcher m = TITLE.matcher(text.get(title).plain());
        if (m.matches() && !m.group(1).isBlank()) {
            return m.group(1).strip();
        }
        int next = text.nextNonBlank(title + 1, Math.min(text.size(), title + 5));
        if (next < 0) {
            return null;
        }
        String candidate = INSPECTORATE.matcher(text.get(next).plain()).replaceFirst("").strip();
        return !candidate.isEmpty() && candidate.length() < 80 ? candidate : null;
    }

    private static int nonBlank(ReportText text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!text.get(i).blank()) {
                count++;
            }
        }
        return count;
    }
}
