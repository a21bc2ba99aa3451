package org.yjinspect.sampling.domain;

import java.util.Objects;

/** The configurable sampling settings of one draw; stored with the sample so it can be redone. */
public record SamplingRules(SampleSizePolicy size, ResettlementPolicy resettlement) {
    public static final SamplingRules DEFAULTS =
            new SamplingRules(SampleSizePolicy.DEFAULT, new ResettlementPolicy(ResettlementPolicy.DEFAULT_CAP));

    public SamplingRules {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(resettlement, "resettlement");
    }
}
