package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.DisposalTypeCount;

/**
 * Reads the types of the out-of-court disposals inspected: "These consisted of five youth
 * conditional cautions, two youth cautions and one community resolution."
 */
final class DisposalTypesParser {
    private static final Pattern DISPOSALS = Pattern.compile(
            "(?i)\\b(?:these (?:consisted of|comprised|were)|(?:which|they) (?:consisted of|comprised)|made up of"
                    + "|the cases we inspected were)\\s*:?\\s+(.+?)\\.(?:\\s|$)");
    private static final Pattern DISPOSAL_ITEM = Pattern.compile("(?i)^(" + NumberWords.WORD + ")\\s+([a-z][a-z\\- ]+)$");

    private DisposalTypesParser() {
    }

    static List<DisposalTypeCount> parse(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            Matcher m = DISPOSALS.matcher(paragraph);
            while (m.find()) {
                List<DisposalTypeCount> types = items(m.group(1));
                if (!types.isEmpty()) {
                    return types;
                }
            }
        }
        return List.of();
    }

    private static List<DisposalTypeCount> items(String list) {
        List<DisposalTypeCount> types = new ArrayList<>();
        for (String item : list.replaceAll("\\s*\\([^)]*\\)", "").split("\\s*(?:,|;|\\band\\b)\\s*")) {
            Matcher m = DISPOSAL_ITEM.matcher(item.strip());
            if (item.isBlank()) {
                continue;
            }
            if (!m.matches() || NumberWords.parse(m.group(1)).isEmpty()) {
                return List.of();
            }
            types.add(new DisposalTypeCount(type(m.group(2)), NumberWords.parse(m.group(1)).get()));
        }
        boolean outOfCourt = types.stream().anyMatch(t -> t.type().matches(".*(caution|resolution|diversion|triage).*"));
        return outOfCourt ? types : List.of();
    }

    /** "youth conditional cautions" is a "youth conditional caution"; "diversion code cases" a "diversion code". */
    private static String type(String words) {
        String type = words.strip().toLowerCase(Locale.ROOT).replaceFirst("\\s+cases?$", "");
        return type.endsWith("s") && !type.endsWith("ss") ? type.substring(0, type.length() - 1) : type;
    }
}
