package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A running header may repeat the report's title on every page with no page number or colon to
 * tell it by ("Inspection of youth offending services in Anytown"). A title line printed three
 * times or more is page furniture, except its first appearance when it is the first title in
 * the file (the cover).
 */
final class RunningTitles {
    private static final int RUNNING = 3;

    private RunningTitles() {
    }

    /** The lines with running titles blanked. */
    static List<Line> blanked(List<Line> lines) {
        Map<String, Integer> counts = new HashMap<>();
        int firstTitle = -1;
        for (int i = 0; i < lines.size(); i++) {
            String key = titleKey(lines.get(i));
            if (key != null) {
                counts.merge(key, 1, Integer::sum);
                firstTitle = firstTitle < 0 ? i : firstTitle;
            }
        }
        if (counts.values().stream().noneMatch(c -> c >= RUNNING)) {
            return lines;
        }
        List<Line> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String key = titleKey(line);
            boolean running = key != null && counts.get(key) >= RUNNING && i != firstTitle;
            kept.add(running ? new Line(line.number(), List.of(), false, false) : line);
        }
        return kept;
    }

    private static String titleKey(Line line) {
        if (line.blank() || line.hasCells() || line.plain().length() > 120 || !line.plain().contains("nspection")
                || !ReportLocator.TITLE.matcher(line.plain()).matches()) {
            return null;
        }
        return line.plain().toLowerCase(Locale.ROOT).replaceAll("\\s*\\d+$", "");
    }
}
