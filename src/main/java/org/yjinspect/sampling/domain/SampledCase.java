package org.yjinspect.sampling.domain;

import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.framework.domain.CaseType;

/** A case chosen for the sample, by its pseudonymous reference, with the stratum it stands for. */
public record SampledCase(String reference, CaseType caseType, Stratum stratum) {
    public static SampledCase of(CaseRecord c) {
        return new SampledCase(c.reference(), c.caseType(), Stratum.of(c));
    }
}
