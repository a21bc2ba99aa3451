package org.yjinspect.sampling.app;

import java.util.Objects;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.domain.ResettlementPolicy;
import org.yjinspect.sampling.domain.SampleSizePolicy;
import org.yjinspect.sampling.domain.SamplingRules;

/**
 * Draw an inspection's sample. Every setting may be left out (null) for its default: a random
 * seed (stored with the sample), 80% confidence, a 5-point margin, no minimum or maximum, at
 * most three resettlement cases. {@code actor} draws it, for the audit trail.
 */
public record DrawSampleCommand(long inspectionId, Long seed, Integer confidencePercent, Double marginPoints,
                                Integer minimum, Integer maximum, Integer resettlementCap, Actor actor) {
    public DrawSampleCommand {
        Objects.requireNonNull(actor, "actor");
        Problem.require(inspectionId > 0, "an inspection id is a positive number (got " + inspectionId + ")");
        rules(confidencePercent, marginPoints, minimum, maximum, resettlementCap);
    }

    public SamplingRules rules() {
        return rules(confidencePercent, marginPoints, minimum, maximum, resettlementCap);
    }

    private static SamplingRules rules(Integer confidence, Double margin, Integer minimum, Integer maximum,
                                       Integer cap) {
        SampleSizePolicy d = SampleSizePolicy.DEFAULT;
        return new SamplingRules(new SampleSizePolicy(Objects.requireNonNullElse(confidence, d.confidencePercent()),
                Objects.requireNonNullElse(margin, d.marginPoints()), Objects.requireNonNullElse(minimum, d.minimum()),
                Objects.requireNonNullElse(maximum, d.maximum())),
                new ResettlementPolicy(Objects.requireNonNullElse(cap, ResettlementPolicy.DEFAULT_CAP)));
    }
}
