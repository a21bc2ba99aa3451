package org.yjinspect.rating.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.rating.domain.OverallRating;
import org.yjinspect.rating.domain.OverallRatingPolicy;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rating.domain.ResettlementLimitingJudgementPolicy;
import org.yjinspect.rules.Ruling;

/**
 * Use case: rate an inspection from its standards' figures, as the ratings page would show it.
 * Every rule's result comes back as data, a refused panel decision included (see {@link
 * StandardResult#panel()}). A command that names a standard the framework does not have is
 * refused with {@link IllegalArgumentException}: the adapters that build commands (the rating
 * input reader, the importer, the live ratings) take their standards from the same catalogue.
 */
public final class RateInspection {
    private final Function<FrameworkVersion, Framework> frameworks;

    public RateInspection(Function<FrameworkVersion, Framework> frameworks) {
        this.frameworks = frameworks;
    }

    public InspectionRating rate(RateInspectionCommand command) {
        Framework framework = frameworks.apply(command.version());
        Map<String, StandardEntry> entries = command.standards().stream()
                .collect(Collectors.toMap(StandardEntry::number, e -> e, (a, b) -> a, LinkedHashMap::new));
        entries.keySet().stream().filter(n -> framework.standard(n).isEmpty()).findFirst().ifPresent(n -> {
            throw new IllegalArgumentException("there is no standard " + n + " in the "
                    + framework.version().label() + " framework");
        });
        StandardRater rater = new StandardRater(command.cases());
        List<StandardResult> scored = rateAll(framework.scoredStandards(), entries, rater);
        List<StandardResult> apart = rateAll(framework.separatelyRatedStandards(), entries, rater);
        OverallRating score = OverallRatingPolicy.rate(finalRatings(scored));
        Ruling<Optional<Rating>> resettlement = resettlement(apart, command.cases());
        Ruling<Optional<Rating>> overall = ResettlementLimitingJudgementPolicy.apply(score.rating(), resettlement.value());
        return new InspectionRating(command.service(), framework.version(), scored, score, overall, apart,
                resettlement, PublishedComparison.differences(command, score, overall.value(), scored));
    }

    private static List<StandardResult> rateAll(List<Standard> standards, Map<String, StandardEntry> entries,
                                                StandardRater rater) {
        List<StandardResult> results = new ArrayList<>();
        for (Standard standard : standards) {
            StandardEntry entry = entries.getOrDefault(standard.number(),
                    new StandardEntry(standard.number(), List.of(), Optional.empty(), Optional.empty()));
            results.add(rater.rate(standard, entry));
        }
        return results;
    }

    private static LinkedHashMap<String, Optional<Rating>> finalRatings(List<StandardResult> results) {
        LinkedHashMap<String, Optional<Rating>> ratings = new LinkedHashMap<>();
        results.forEach(r -> ratings.put(r.number(), r.finalRating()));
        return ratings;
    }

    /** Resettlement is rated apart, and not rated at all when there were no resettlement cases. */
    private static Ruling<Optional<Rating>> resettlement(List<StandardResult> apart, CaseCounts cases) {
        String rule = "Resettlement rated separately";
        if (apart.isEmpty()) {
            return new Ruling<>(Optional.empty(), rule, "This framework version has no resettlement standard.");
        }
        if (Integer.valueOf(0).equals(cases.resettlement())) {
            return new Ruling<>(Optional.empty(), rule, "Not rated: there were no resettlement cases.");
        }
        Optional<Rating> rating = apart.get(0).finalRating();
        return new Ruling<>(rating, rule, rating.map(r -> "Rated " + r.label() + ", outside the score.")
                .orElse("Not rated: no resettlement judgement recorded."));
    }
}
