package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture in converter text that marks its page breaks with form feeds (pdftotext does):
 * the first and last lines of a page are a running header or footer when, numbers aside, the same
 * line heads or foots most pages; the first or last line is a page number when it is a bare
 * number that counts up with the pages (not a figure that happens to end a page). They are
 * blanked (kept as empty lines, so line numbers still point into the file); the form feeds become
 * line breaks.
 */
final class PageBreaks {
    private static final int EDGE = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(?:page\\s+)?(\\d{1,4})(?:\\s+of\\s+\\d{1,4})?$");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private PageBreaks() {
    }

    static String withoutFurniture(String text) {
        if (text.indexOf('\f') < 0) {
            return text;
        }
        List<List<String>> pages = new ArrayList<>();
        for (String page : text.split("\f", -1)) {
            pages.add(new ArrayList<>(List.of(page.split("\n", -1))));
        }
        Set<String> running = running(pages);
        int offset = pageNumberOffset(pages);
        StringBuilder out = new StringBuilder(text.length());
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            for (int i : edges(page)) {
                if (running.contains(key(page.get(i)))) {
                    page.set(i, "");
                }
            }
            for (int i : outermost(page)) {
                if (pageNumber(page.get(i)) == p + offset) {
                    page.set(i, "");
                }
            }
            out.append(String.join("\n", page)).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static Set<String> running(List<List<String>> pages) {
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (int i : edges(pages.get(p))) {
                int page = p;
                if (pageNumber(pages.get(p).get(i)) < 0) {
                    pagesOf.computeIfAbsent(key(pages.get(p).get(i)), k -> new HashSet<>()).add(page);
                }
            }
        }
        int most = Math.max(3, pages.size() / 2 + 1);
        Set<String> running = new HashSet<>();
        pagesOf.forEach((key, on) -> {
            if (on.size() >= most && !key.isEmpty()) {
                running.add(key);
            }
        });
        return running;
    }

    /**
     * Page numbers count up with the pages, from wherever the numbering starts: the difference
     * between the number printed at a page's head or foot and the page's place that most pages
     * share (at least three), else none. A figure that ends a page's table is not one.
     */
    private static int pageNumberOffset(List<List<String>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            for (int i : outermost(pages.get(p))) {
                int number = pageNumber(pages.get(p).get(i));
                if (number >= 0) {
                    counts.merge(number - p, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3).max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(Integer.MIN_VALUE / 2);
    }

    private static int pageNumber(String line) {
        java.util.regex.Matcher m = PAGE_NUMBER.matcher(line.strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The first and the last non-blank line of a page. */
    private static List<Integer> outermost(List<String> page) {
        List<Integer> edges = edges(page);
        return edges.isEmpty() ? edges : edges.size() == 1 ? edges : List.of(edges.get(0), edges.get(edges.size() - 1));
    }

    /** The indexes of the first and last few non-blank lines of a page. */
    private static List<Integer> edges(List<String> page) {
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.get(i).isBlank()) {
                nonBlank.add(i);
            }
        }
        Set<Integer> edges = new java.util.TreeSet<>();
        for (int k = 0; k < Math.min(EDGE, nonBlank.size()); k++) {
            edges.add(nonBlank.get(k));
            edges.add(nonBlank.get(nonBlank.size() - 1 - k));
        }
        return new ArrayList<>(edges);
    }

    private static String key(String line) {
        return SPACE.matcher(DIGITS.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll("#")).replaceAll(" ");
    }
}
