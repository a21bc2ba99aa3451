package org.yjinspect.rating.domain;

import org.yjinspect.rules.Ruling;
import java.util.Optional;

/**
 * "The resettlement standard is rated separately, and does not influence the overall rating. We
 * apply a limiting judgement, whereby any YOT that receives an 'Inadequate' rating for the
 * resettlement standard is unable to receive an overall 'Outstanding' rating." The published
 * text does not say what it becomes; we take the next band down, Good.
 */
public final class ResettlementLimitingJudgementPolicy {
    public static final String RULE = "Resettlement limiting judgement";

    private ResettlementLimitingJudgementPolicy() {
    }

    public static Ruling<Optional<Rating>> apply(Optional<Rating> overall, Optional<Rating> resettlement) {
        if (overall.isEmpty()) {
            return new Ruling<>(overall, RULE, "No overall rating to limit.");
        }
        if (resettlement.isEmpty()) {
            return new Ruling<>(overall, RULE, "Resettlement is not rated, so no limiting judgement applies.");
        }
        if (overall.get() == Rating.OUTSTANDING && resettlement.get() == Rating.INADEQUATE) {
            return new Ruling<>(Optional.of(Rating.GOOD), RULE,
                    "Resettlement is Inadequate, so the service cannot be rated Outstanding overall: Good instead.");
        }
        return new Ruling<>(overall, RULE, "Resettlement is " + resettlement.get().label()
                + "; it does not change the overall rating.");
    }
}
