package org.yjinspect.transfer.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * An imported inspection must hang together as the normal steps would have made it: each case
 * once in the caseload, each sampled case in the caseload, every assessment record on a sampled
 * case, every prompt, key question and standard one of the inspection's framework, each record
 * once, the dates and windows in order, each recommendation in its own place, each finding of one
 * of the framework's domains and in its own place of its list. Refused with the
 * first mistakes found, each naming its place in the file, the value and what it should be.
 */
public final class DocumentConsistencyPolicy {
    public static final String RULE = "an imported inspection must hang together";
    private static final int MOST_SHOWN = 5;

    private DocumentConsistencyPolicy() {
    }

    public static Ruling<Verdict> check(InspectionDocument document, Framework framework) {
        List<String> mistakes = new ArrayList<>();
        FrameworkIndex catalogue = new FrameworkIndex(framework);
        setUp(document, mistakes);
        Map<String, String> caseload = unique(document, "caseload", mistakes, "caseReference");
        boolean sampled = document.one("sample").isPresent();
        Map<String, String> sample = new HashMap<>();
        int at = 0;
        for (Object[] row : document.rows("sampleCases")) {
            String reference = (String) InspectionDocument.value("sampleCases", row, "caseReference");
            String path = "sampleCases[" + at++ + "].caseReference";
            if (!caseload.containsKey(reference)) {
                mistakes.add(path + ": \"" + SafeText.shown(reference) + "\" is not a case of the caseload");
            } else if (!caseload.get(reference).equals(InspectionDocument.value("sampleCases", row, "caseType"))) {
                mistakes.add(path + ": \"" + SafeText.shown(reference) + "\" is a " + caseload.get(reference)
                        + " case in the caseload, not " + InspectionDocument.value("sampleCases", row, "caseType"));
            } else if (sample.put(reference, path) != null) {
                mistakes.add(path + ": \"" + SafeText.shown(reference) + "\" is sampled twice");
            }
        }
        for (String section : List.of("samplePlan", "sampleCases", "replacements", "allocations", "caseStatuses",
                "judgements", "promptAnswers", "keyQuestionAnswers", "evidence")) {
            if (!sampled && !document.rows(section).isEmpty()) {
                mistakes.add(section + " has " + document.rows(section).size() + " records but sample is null:"
                        + " there is no sample for them to belong to");
            }
        }
        onSampledCases(document, sample, mistakes);
        new FrameworkChecks(document, catalogue, mistakes).check();
        allocations(document, mistakes);
        RecommendationChecks.check(document, mistakes);
        FindingChecks.check(document, catalogue, mistakes);
        SecondReadingChecks.check(document, sample, mistakes);
        return mistakes.isEmpty() ? Ruling.allow(RULE, "every record of the file belongs where it says")
                : Ruling.refuse(RULE, summary(mistakes));
    }

    private static void setUp(InspectionDocument document, List<String> mistakes) {
        document.one("inspection").ifPresent(row -> {
            LocalDate announced = (LocalDate) InspectionDocument.value("inspection", row, "announcementDate");
            LocalDate start = (LocalDate) InspectionDocument.value("inspection", row, "fieldworkStart");
            LocalDate end = (LocalDate) InspectionDocument.value("inspection", row, "fieldworkEnd");
            if (start.isBefore(announced)) {
                mistakes.add("inspection.fieldworkStart: " + start + " is before the announcement, " + announced);
            }
            if (end.isBefore(start)) {
                mistakes.add("inspection.fieldworkEnd: " + end + " is before the fieldwork starts, " + start);
            }
            for (String window : List.of("court", "outOfCourt", "resettlement")) {
                long nearest = (Long) InspectionDocument.value("inspection", row, window + "WindowNearest");
                long furthest = (Long) InspectionDocument.value("inspection", row, window + "WindowFurthest");
                if (nearest >= furthest) {
                    mistakes.add("inspection." + window + "WindowFurthest: " + furthest + " must be more months than "
                            + window + "WindowNearest, " + nearest);
                }
            }
        });
    }

    /** Every case record names a sampled case, and each case has at most one record of each kind. */
    private static void onSampledCases(InspectionDocument document, Map<String, String> sample, List<String> mistakes) {
        for (String section : List.of("replacements", "caseStatuses", "judgements", "promptAnswers",
                "keyQuestionAnswers", "evidence", "allocations", "auditTrail")) {
            DocumentSection format = InspectionFormat.named(section);
            int at = 0;
            for (Object[] row : document.rows(section)) {
                for (DocumentField field : format.fields()) {
                    Object reference = row[format.indexOf(field.name())];
                    if (field.refersTo() == DocumentField.Reference.SAMPLE_CASE && reference != null
                            && !sample.containsKey(reference)) {
                        mistakes.add(section + "[" + at + "]." + field.name() + ": \"" + SafeText.shown((String) reference)
                                + "\" is not a sampled case (sampleCases)");
                    }
                }
                at++;
            }
        }
        unique(document, "caseStatuses", mistakes, "caseReference");
        unique(document, "judgements", mistakes, "caseReference");
        unique(document, "allocations", mistakes, "caseReference");
        unique(document, "promptAnswers", mistakes, "caseReference", "promptId");
        unique(document, "keyQuestionAnswers", mistakes, "caseReference", "keyQuestionId");
        unique(document, "evidence", mistakes, "caseReference", "keyQuestionId");
        unique(document, "replacements", mistakes, "replacedCase");
        unique(document, "replacements", mistakes, "replacementCase");
        unique(document, "samplePlan", mistakes, "caseType");
        unique(document, "qualitativeEvidence", mistakes, "standardNumber", "questionNumber");
        unique(document, "proposedRatings", mistakes, "standardNumber");
        unique(document, "panelDecisions", mistakes, "standardNumber");
        unique(document, "sourceTeam", mistakes, "username", "role");
    }

    private static void allocations(InspectionDocument document, List<String> mistakes) {
        Set<String> members = new HashSet<>();
        document.rows("sourceTeam").forEach(row -> members.add((String) InspectionDocument.value("sourceTeam", row,
                "member")));
        int at = 0;
        for (Object[] row : document.rows("allocations")) {
            String member = (String) InspectionDocument.value("allocations", row, "allocatedTo");
            if (!members.contains(member)) {
                mistakes.add("allocations[" + at + "].allocatedTo: \"" + SafeText.shown(member)
                        + "\" is not a member of sourceTeam");
            }
            at++;
        }
    }

    /**
     * The rows of a section keyed by the given fields, with a mistake for each key given twice; the
     * value is the row's case type where the section has one (the caseload's).
     */
    static Map<String, String> unique(InspectionDocument document, String section, List<String> mistakes,
                                      String... key) {
        Map<String, String> seen = new HashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        DocumentSection format = InspectionFormat.named(section);
        boolean typed = format.fields().stream().anyMatch(f -> f.name().equals("caseType"));
        int at = 0;
        for (Object[] row : document.rows(section)) {
            StringBuilder value = new StringBuilder();
            for (String field : key) {
                value.append(value.length() == 0 ? "" : " / ").append(row[format.indexOf(field)]);
            }
            String k = value.toString();
            Integer before = firstAt.putIfAbsent(k, at);
            if (before != null) {
                mistakes.add(section + "[" + at + "]." + String.join("/", key) + ": \"" + SafeText.shown(k)
                        + "\" is given twice (first at " + section + "[" + before + "]); each record once");
            }
            seen.put(k, typed ? String.valueOf(row[format.indexOf("caseType")]) : "");
            at++;
        }
        return seen;
    }

    private static String summary(List<String> mistakes) {
        String shown = String.join("; ", mistakes.subList(0, Math.min(MOST_SHOWN, mistakes.size())));
        return shown + (mistakes.size() > MOST_SHOWN ? "; and " + (mistakes.size() - MOST_SHOWN) + " more" : "");
    }
}
