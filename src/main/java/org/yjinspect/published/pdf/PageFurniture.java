package org.yjinspect.published.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture: a line at the head or foot of a page that is a bare page number ("7", "Page 7
 * of 40"; not "24/36", which is a score), or whose text (numbers aside) is printed at the same
 * height on most pages: a running header or footer. Both are dropped, so the readers see only
 * the report.
 */
final class PageFurniture {
    /** The head and foot bands: the top and bottom eighth of the page. */
    private static final float BAND = 0.125f;
    private static final float SAME_HEIGHT = 3f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s+)?\\d{1,4}(?:\\s+of\\s+\\d{1,4})?$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PageFurniture() {
    }

    static List<PrintedPage> dropped(List<PrintedPage> pages) {
        Set<String> running = running(pages);
        List<PrintedPage> kept = new ArrayList<>(pages.size());
        for (PrintedPage page : pages) {
            List<PrintedLine> lines = new ArrayList<>();
            for (PrintedLine line : page.lines()) {
                boolean furniture = page.atHeadOrFoot(line, BAND)
                        && (PAGE_NUMBER.matcher(line.plain()).matches() || running.contains(key(line)));
                if (!furniture) {
                    lines.add(line);
                }
            }
            kept.add(new PrintedPage(page.height(), lines));
        }
        return kept;
    }

    /** Texts at the head or foot printed at the same height on more than half the pages (at least three). */
    private static Set<String> running(List<PrintedPage> pages) {
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            PrintedPage page = pages.get(p);
            for (PrintedLine line : page.lines()) {
                if (page.atHeadOrFoot(line, BAND)) {
                    pagesOf.computeIfAbsent(key(line), k -> new HashSet<>()).add(p);
                }
            }
        }
        int most = Math.max(3, pages.size() / 2 + 1);
        Set<String> running = new HashSet<>();
        pagesOf.forEach((key, on) -> {
            if (on.size() >= most) {
                running.add(key);
            }
        });
        return running;
    }

    /** The line's text with its numbers blanked (page numbers change), and its height in steps of a few points. */
    private static String key(PrintedLine line) {
        String text = DIGITS.matcher(line.plain().toLowerCase(Locale.ROOT)).replaceAll("#");
        return Math.round(line.y() / SAME_HEIGHT) + "|" + text;
    }
}
