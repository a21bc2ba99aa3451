package org.yjinspect.published.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.published.domain.CaseManagerInterviews;
import org.yjinspect.published.domain.DisposalTypeCount;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;

/**
 * Reads how many cases were inspected from the report's own sentences: "We examined four court
 * disposals", "We took a detailed look at three community sentences and one custodial
 * sentence", "We inspected eight cases ... that had received an out-of-court disposal",
 * "These consisted of five youth conditional cautions, ...", "We interviewed the case managers
 * in three cases". Where the report gives different numbers, the first stated in the
 * preferred wording is used and the difference is warned about.
 */
final class CaseSampleParser {
    private static final String N = "(" + NumberWords.WORD + ")";
    private static final String OOC = "(?:out[- ]of[- ]court|oocd?)";
    private static final String LOOKED = "(?:examined|inspected|assessed|reviewed|looked at|took a detailed look at)";
    private static final List<Pattern> COURT = List.of(
            Pattern.compile("(?i)\\bwe examined " + N + " court disposals\\b"),
            Pattern.compile("(?i)\\b(?:took a detailed look at|inspected|looked at) " + N
                    + " (?:community|court) (?:sentences|cases|orders|disposals)(?:,? and " + N + " custodial sentences?)?"),
            Pattern.compile("(?i)\\bsample of " + N + " court disposals\\b"),
            Pattern.compile("(?i)\\b" + LOOKED + " (?:a total of |a sample of )?" + N + " (?:court|post-court) "
                    + "(?:disposals?|disposal cases|cases|orders)\\b"),
            Pattern.compile("(?i)\\b" + LOOKED + " " + N + " cases (?:managed by .{0,60}?)?that had received a "
                    + "(?:court disposal|community sentence|court order)"));
    private static final List<Pattern> OUT_OF_COURT = List.of(
            Pattern.compile("(?i)\\bwe examined " + N + " " + OOC + " disposals\\b"),
            Pattern.compile("(?i)\\bwe inspected " + N + " cases managed by .{0,60}?that had received an " + OOC + " disposal"),
            Pattern.compile("(?i)\\bcourt disposals and " + N + " " + OOC + " disposals\\b"),
            Pattern.compile("(?i)\\b" + LOOKED + " (?:a total of |a sample of )?" + N + " " + OOC
                    + " (?:disposals?|disposal cases|cases)\\b"),
            Pattern.compile("(?i)\\b" + LOOKED + " " + N + " cases (?:managed by .{0,60}?)?that had received an? "
                    + "(?:" + OOC + " disposal|diversion|caution|community resolution)"));
    private static final List<Pattern> RESETTLEMENT = List.of(
            Pattern.compile("(?i)\\b" + LOOKED + " " + N + " cases? (?:managed by .{0,60}?)?that had received a custodial "
                    + "sentence"),
            Pattern.compile("(?i)\\bexamining " + N + " case files?\\b"),
            Pattern.compile("(?i)\\bthere were (no) (?:relevant )?resettlement cases\\b"));
    private static final Pattern COURT_INTERVIEWS = Pattern.compile(
            "(?i)\\bconducted " + N + " interviews? with the relevant case managers");
    private static final Pattern OUT_OF_COURT_INTERVIEWS = Pattern.compile(
            "(?i)\\binterviewed the case managers in (all )?(?:the )?" + N + " (?:of the )?cases");
    private static final Pattern TOTAL_INTERVIEWS = Pattern.compile("(?i)\\bconducted " + N + " interviews? with case managers");

    private CaseSampleParser() {
    }

    static CaseSample parse(ReportText text, int from, int to, List<ImportWarning> warnings) {
        List<String> paragraphs = text.paragraphs(from, to).stream().map(ReportText.Paragraph::text)
                .filter(CaseSampleParser::aboutTheSample).toList();
        Integer court = count(paragraphs, COURT, "court cases", warnings);
        Integer outOfCourt = count(paragraphs, OUT_OF_COURT, "out-of-court cases", warnings);
        Integer resettlement = count(paragraphs, RESETTLEMENT, "resettlement cases", warnings);
        List<DisposalTypeCount> types = DisposalTypesParser.parse(paragraphs);
        int typed = types.stream().mapToInt(DisposalTypeCount::count).sum();
        if (outOfCourt != null && !types.isEmpty() && typed != outOfCourt) {
            warnings.add(ImportWarning.of(WarningKind.INCONSISTENT_FIGURES, "the out-of-court disposal types add up to "
                    + typed + ", not to the " + outOfCourt + " out-of-court cases inspected"));
        }
        Integer courtInterviews = first(paragraphs, COURT_INTERVIEWS, 1);
        Integer outOfCourtInterviews = outOfCourtInterviews(paragraphs);
        Integer total = first(paragraphs, TOTAL_INTERVIEWS, 1);
        return new CaseSample(new CasesInspected(court, outOfCourt, resettlement), types,
                new CaseManagerInterviews(courtInterviews, outOfCourtInterviews, total));
    }

    /** Only sentences about cases, case files or interviews can state the sample; the rest is skipped cheaply. */
    private static boolean aboutTheSample(String paragraph) {
        String lower = paragraph.toLowerCase(Locale.ROOT);
        return lower.contains("disposal") || lower.contains("sentence") || lower.contains("case files")
                || lower.contains("resettlement cases") || lower.contains("interview") || lower.contains("consisted of")
                || lower.contains("cases we inspected") || lower.contains("court cases") || lower.contains("oocd")
                || lower.contains("cases that had received");
    }

    private static Integer count(List<String> paragraphs, List<Pattern> wordings, String what,
                                 List<ImportWarning> warnings) {
        Set<Integer> found = new LinkedHashSet<>();
        for (Pattern wording : wordings) {
            for (String paragraph : paragraphs) {
                Matcher m = wording.matcher(paragraph);
                while (m.find()) {
                    Integer value = NumberWords.parse(m.group(1)).orElse(null);
                    if (value != null && m.groupCount() >= 2 && m.group(2) != null) {
                        value += NumberWords.parse(m.group(2)).orElse(0);
                    }
                    if (value != null) {
                        found.add(value);
                    }
                }
            }
        }
        if (found.size() > 1) {
            warnings.add(ImportWarning.of(WarningKind.INCONSISTENT_FIGURES, "the report gives different numbers of "
                    + what + " inspected: " + found + "; " + found.iterator().next() + " is used"));
        }
        return found.isEmpty() ? null : found.iterator().next();
    }

    private static Integer first(List<String> paragraphs, Pattern wording, int group) {
        for (String paragraph : paragraphs) {
            Matcher m = wording.matcher(paragraph);
            if (m.find()) {
                return NumberWords.parse(m.group(group)).orElse(null);
            }
        }
        return null;
    }

    private static Integer outOfCourtInterviews(List<String> paragraphs) {
        for (String paragraph : paragraphs) {
            Matcher m = OUT_OF_COURT_INTERVIEWS.matcher(paragraph);
            if (m.find()) {
                return NumberWords.parse(m.group(2)).orElse(null);
            }
        }
        return null;
    }
}
