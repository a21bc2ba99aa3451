package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedRecommendation;
import org.yjinspect.published.domain.WarningKind;

/**
 * Reads the recommendations section: addressee lines ("The YOT Management Board should:",
 * "Suffolk police:", bulleted or not) each followed by numbered or bulleted recommendations,
 * wrapped over lines. The count the introduction states ("we have made six recommendations") is
 * checked against those found.
 */
final class RecommendationsParser {
    private static final Pattern STATED = Pattern.compile("(?i)\\bwe have made (" + NumberWords.WORD + ") recommendations?");
    private static final Pattern ITEM = Pattern.compile("^(?:-\\s*)?(\\d{1,2})\\s*[.)]\\s+(.+)$");
    private static final Pattern BULLET = Pattern.compile("^-\\s+(.+)$");
    private static final Pattern ADDRESSEE = Pattern.compile("^(.{3,160}?)(?:\\s+should)?\\s*:$");

    private RecommendationsParser() {
    }

    static List<PublishedRecommendation> parse(ReportText text, SectionMap sections, List<ImportWarning> warnings) {
        var section = sections.named("recommendations");
        if (section.isEmpty()) {
            warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "no recommendations section was found"));
            return List.of();
        }
        Integer stated = null;
        String addressee = null;
        List<String[]> items = new ArrayList<>();
        for (int i = section.get().from() + 1; i < section.get().to(); i++) {
            Line line = text.get(i);
            if (line.blank() || line.footnote() || PageNumbers.is(line)) {
                continue;
            }
            String plain = line.plain();
            Matcher statedCount = STATED.matcher(plain);
            if (stated == null && statedCount.find()) {
                stated = NumberWords.parse(statedCount.group(1)).orElse(null);
                continue;
            }
            Matcher item = ITEM.matcher(plain);
            Matcher bullet = BULLET.matcher(plain);
            Matcher to = ADDRESSEE.matcher(plain.replaceFirst("^-\\s+", ""));
            if (!item.matches() && to.matches() && !Character.isDigit(to.group(1).charAt(0))) {
                addressee = to.group(1).strip();
            } else if (item.matches() || addressee != null && bullet.matches()) {
                items.add(new String[] {addressee == null ? "" : addressee, item.matches() ? item.group(2) : bullet.group(1)});
            } else if (!items.isEmpty() && continues(items.get(items.size() - 1)[1], plain, text, i, section.get().to())) {
                items.get(items.size() - 1)[1] += " " + plain;
            } else if (!items.isEmpty()) {
                break;
            }
        }
        List<PublishedRecommendation> recommendations = items.stream()
                .map(r -> new PublishedRecommendation(r[0], r[1].strip().replaceAll("\\s+", " "))).toList();
        check(stated, recommendations, warnings);
        return recommendations;
    }

    /**
     * A wrapped recommendation goes on in lower case, or after an unfinished sentence, unless the
     * line is a short heading over a prose paragraph.
     */
    private static boolean continues(String sofar, String line, ReportText text, int index, int to) {
        if (Character.isLowerCase(line.charAt(0))) {
            return true;
        }
        if (sofar.endsWith(".") || sofar.endsWith(";")) {
            return false;
        }
        int next = text.nextNonBlank(index + 1, to);
        String following = next < 0 ? "" : text.get(next).plain();
        boolean headingOverProse = line.length() < 60 && following.length() >= 150
                && !ITEM.matcher(following).matches() && !BULLET.matcher(following).matches();
        return !headingOverProse;
    }

    private static void check(Integer stated, List<PublishedRecommendation> found, List<ImportWarning> warnings) {
        if (found.isEmpty()) {
            warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "the recommendations section lists no recommendations"));
        } else if (stated != null && stated != found.size()) {
            warnings.add(ImportWarning.of(WarningKind.INCONSISTENT_FIGURES, "the report says it makes " + stated
                    + " recommendations but lists " + found.size()));
        }
        if (found.stream().anyMatch(r -> r.addressee().isEmpty())) {
            warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "a recommendation has no addressee"));
        }
    }
}
