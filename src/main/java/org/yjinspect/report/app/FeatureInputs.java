package org.yjinspect.report.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.context.app.ContextualFacts;
import org.yjinspect.context.domain.ContextualFactsView;
import org.yjinspect.recommendation.app.Recommendations;
import org.yjinspect.recommendation.domain.Recommendation;
import org.yjinspect.report.domain.ReportInputsView;

/**
 * The report's inputs from the recommendation and context features: recommendations grouped by
 * addressee in their order (the feature orders them by addressee's first position, then
 * position), and the contextual facts. With no caseload imported and no figure entered there are
 * no contextual facts to print, and the report says so.
 */
public final class FeatureInputs implements ReportInputs {
    private final Recommendations recommendations;
    private final ContextualFacts facts;

    public FeatureInputs(Recommendations recommendations, ContextualFacts facts) {
        this.recommendations = recommendations;
        this.facts = facts;
    }

    @Override
    public ReportInputsView of(long inspectionId) {
        return new ReportInputsView(grouped(recommendations.of(inspectionId)), context(facts.of(inspectionId)));
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
