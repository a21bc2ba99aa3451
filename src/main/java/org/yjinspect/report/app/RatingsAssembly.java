package org.yjinspect.report.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yjinspect.framework.domain.Domain;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.report.domain.RatingDecidedPolicy;
import org.yjinspect.report.domain.RatingLine;
import org.yjinspect.report.domain.RatingsSummary;

/** The ratings page from the live ratings and the panel's decisions. */
final class RatingsAssembly {
    static final String RESETTLEMENT_NOTE = "Resettlement policy and provision is rated separately and does not"
            + " count towards the score; an Inadequate resettlement rating stops the service being rated"
            + " Outstanding overall (the limiting judgement).";

    private RatingsAssembly() {
    }

    static RatingsSummary summary(PanelView view, Framework framework, boolean published) {
        InspectionRating rating = view.live().rating();
        Map<String, RatingLine> lines = lines(view, published);
        List<RatingsSummary.DomainRatings> domains = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            List<RatingLine> scored = domain.standards().stream().filter(s -> s.scored())
                    .map(s -> lines.get(s.number())).toList();
            if (!scored.isEmpty()) {
                domains.add(new RatingsSummary.DomainRatings(domain.number(), domain.name(), scored));
            }
        }
        List<String> undecided = domains.stream().flatMap(d -> d.standards().stream()).filter(l -> !l.decided())
                .map(RatingLine::number).toList();
        Optional<RatingLine> resettlement = rating.separatelyRated().stream().findFirst()
                .map(s -> lines.get(s.number()));
        Optional<Rating> beforeLimit = rating.score().rating();
        Optional<String> limiting = beforeLimit.equals(rating.overallRating()) ? Optional.empty()
                : Optional.of(rating.overall().reason());
        String note = resettlement.isEmpty() ? "" : RESETTLEMENT_NOTE + resettlement.get().rating().map(r -> "")
                .orElse(" " + rating.resettlement().reason());
        return new RatingsSummary(rating.score().score(), rating.score().maxScore(), undecided.isEmpty(),
                rating.overallRating(), rating.score().reason(), undecided, domains, resettlement, note.strip(),
                limiting);
    }

    private static Map<String, RatingLine> lines(PanelView view, boolean published) {
        Map<String, PanelView.StandardLine> panelLines = view.standards().stream()
                .collect(Collectors.toMap(PanelView.StandardLine::number, Function.identity()));
        return view.live().rating().allStandards().stream().collect(Collectors.toMap(StandardResult::number,
                s -> line(s, panelLines.get(s.number()), published)));
    }

    private static RatingLine line(StandardResult standard, PanelView.StandardLine panel, boolean published) {
        Optional<Rating> rating = standard.finalRating();
        boolean holds = published || panel != null && panel.decision().revision() > 0 && panel.decisionRefused() == null;
        var state = RatingDecidedPolicy.decide(standard.number(), rating.isPresent(), holds, standard.computed().reason());
        return new RatingLine(standard.number(), standard.standard().name(), rating, state);
    }
}
