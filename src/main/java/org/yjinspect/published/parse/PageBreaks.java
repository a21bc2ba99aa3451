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
 * the first and last lines of a page are a running header, footer or page number when, numbers
 * aside, the same line heads or foots most pages, or when it is a bare page number. They are
 * blanked (kept as empty lines, so line numbers still point into the file); the form feeds become
 * line breaks.
 */
final class PageBreaks {
    private static final int EDGE = 2;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(?:page\\s+)?\\d{1,4}(?:\\s+of\\s+\\d{1,4})?$");
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
        StringBuilder out = new StringBuilder(text.length());
        for (List<String> page : pages) {
            for (int i : edges(page)) {
                String line = page.get(i);
                if (running.contains(key(line)) || PAGE_NUMBER.matcher(line.strip()).matches()) {
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
                pagesOf.computeIfAbsent(key(pages.get(p).get(i)), k -> new HashSet<>()).add(page);
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
