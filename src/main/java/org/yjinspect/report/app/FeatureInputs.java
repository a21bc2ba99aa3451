package org.yjinspect.report.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.context.app.ContextualFacts;
import org.yjinspect.context.domain.ContextualFactsView;
import org.yjinspect.finding.app.Findings;
import org.yjinspect.finding.domain.Finding;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.recommendation.app.Recommendations;
import org.yjinspect.recommendation.domain.Recommendation;
import org.yjinspect.report.domain.ReportInputsView;

/**
 * The report's inputs from the recommendation and context features: recommendations grouped by
 * addressee in their order (the feature orders them by addressee's first position, then
 * position), the contextual facts, and each domain's strengths and areas for improvement (the
 * finding feature lists them by domain, strengths first, in the order entered). With no caseload
 * imported and no figure entered there are no contextual facts to print, and the report says so.
 */
public final class FeatureInputs implements ReportInputs {
    private final Recommendations recommendations;
    private final ContextualFacts facts;
    private final Findings findings;

    public FeatureInputs(Recommendations recommendations, ContextualFacts facts, Findings findings) {
        this.recommendations = recommendations;
        this.facts = facts;
        this.findings = findings;
    }

    @Override
    public ReportInputsView of(long inspectionId) {
        return new ReportInputsView(grouped(recommendations.of(inspectionId)), context(facts.of(inspectionId)),
                byDomain(findings.of(inspectionId)));
    }

    static List<ReportInputsView.DomainFindings> byDomain(List<Finding> listed) {
        Map<Integer, List<Finding>> domains = new LinkedHashMap<>();
        for (Finding f : listed) {
            domains.computeIfAbsent(f.domain(), d -> new ArrayList<>()).add(f);
        }
        List<ReportInputsView.DomainFindings> byDomain = new ArrayList<>();
        domains.forEach((domain, found) -> byDomain.add(new ReportInputsView.DomainFindings(domain,
                texts(found, FindingKind.STRENGTH), texts(found, FindingKind.AREA_FOR_IMPROVEMENT))));
        return byDomain;
    }

    private static List<String> texts(List<Finding> found, FindingKind kind) {
        return found.stream().filter(f -> f.kind() == kind).map(Finding::text).toList();
    }

    static List<ReportInputsView.AddresseeRecommendations> grouped(List<Recommendation> ordered) {
        Map<String, List<String>> byAddressee = new LinkedHashMap<>();
        for (Recommendation r : ordered) {
            byAddressee.computeIfAbsent(r.addressee(), a -> new ArrayList<>()).add(r.text());
        }
        List<ReportInputsView.AddresseeRecommendations> groups = new ArrayList<>();
        byAddressee.forEach((addressee, texts) -> groups.add(new ReportInputsView.AddresseeRecommendations(addressee, texts)));
        return groups;
    }

    static Optional<ReportInputsView.Context> context(ContextualFactsView view) {
        if (view.caseloadSize() == 0 && view.figures().isEmpty()) {
            return Optional.empty();
        }
        List<ReportInputsView.ProfileTable> tables = view.profile().stream().map(t -> new ReportInputsView.ProfileTable(
                t.heading(), t.rows().stream().map(r -> new ReportInputsView.ProfileShare(r.category(), r.count(),
                        r.percent())).toList())).toList();
        List<ReportInputsView.Figure> figures = view.figures().stream().map(f -> new ReportInputsView.Figure(f.label(),
                f.value(), f.source())).toList();
        return Optional.of(new ReportInputsView.Context(view.caseloadSize(), tables, figures));
    }
}
