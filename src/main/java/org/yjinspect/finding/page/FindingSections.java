package org.yjinspect.finding.page;

import java.util.Arrays;
import java.util.List;
import org.yjinspect.finding.app.FindingLine;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.framework.domain.Domain;

/**
 * The findings as the editor shows them: every domain of the inspection's framework in order,
 * each with its strengths and then its areas for improvement (empty lists included, so the page
 * says "None yet" where the report will say "none recorded").
 */
public record FindingSections(List<Section> sections, int count) {
    public record KindList(FindingKind kind, List<FindingLine> lines) {
    }

    public record Section(int domain, String name, List<KindList> kinds) {
    }

    public static FindingSections of(List<Domain> domains, List<FindingLine> listed) {
        List<Section> sections = domains.stream().map(d -> new Section(d.number(), d.name(),
                Arrays.stream(FindingKind.values()).map(k -> new KindList(k, listed.stream().filter(l ->
                        l.finding().sameListAs(d.number(), k)).toList())).toList())).toList();
        return new FindingSections(sections, listed.size());
    }
}
