package org.yjinspect.context.domain;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.framework.domain.CaseType;

/**
 * The profile of a caseload: for each of case type, disposal type, gender, ethnicity and age band,
 * every category with its count and share of the caseload, in the vocabulary's order, noughts
 * included (a category with no case is a fact too). Only these facts are read: never a reference,
 * a name or a case manager. What the case management system did not record (gender or ethnicity
 * "not known") is shown as "Not recorded".
 */
public final class CaseloadProfile {
    public static final String NOT_RECORDED = "Not recorded";
    public static final List<String> HEADINGS = List.of("Case type", "Disposal type", "Gender", "Ethnicity", "Age band");

    private CaseloadProfile() {
    }

    /** The five tables, or none for an empty caseload (nothing is recorded, so no share can be given). */
    public static List<ProfileTable> of(List<CaseRecord> caseload) {
        if (caseload.isEmpty()) {
            return List.of();
        }
        return List.of(
                table(HEADINGS.get(0), caseload, Arrays.asList(CaseType.values()), CaseRecord::caseType, CaseTypes::label),
                table(HEADINGS.get(1), caseload, Arrays.asList(DisposalType.values()), CaseRecord::disposalType,
                        d -> d.spelling().label()),
                table(HEADINGS.get(2), caseload, Arrays.asList(Gender.values()), CaseRecord::gender,
                        g -> g == Gender.NOT_KNOWN ? NOT_RECORDED : g.spelling().label()),
                table(HEADINGS.get(3), caseload, Arrays.asList(Ethnicity.values()), CaseRecord::ethnicity,
                        e -> e == Ethnicity.NOT_KNOWN ? NOT_RECORDED : e.spelling().label()),
                table(HEADINGS.get(4), caseload, Arrays.asList(AgeBand.values()), c -> AgeBand.of(AgeBand.ageAtStart(c)),
                        AgeBand::label));
    }

    private static <T> ProfileTable table(String heading, List<CaseRecord> caseload, List<T> categories,
                                          Function<CaseRecord, T> category, Function<T, String> label) {
        Map<T, Long> counts = new LinkedHashMap<>();
        categories.forEach(c -> counts.put(c, 0L));
        caseload.forEach(c -> counts.merge(category.apply(c), 1L, Long::sum));
        double size = caseload.size();
        return new ProfileTable(heading, counts.entrySet().stream()
                .map(e -> new ProfileRow(label.apply(e.getKey()), e.getValue(), e.getValue() * 100.0 / size)).toList());
    }
}
