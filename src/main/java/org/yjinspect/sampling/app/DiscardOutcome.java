package org.yjinspect.sampling.app;

import java.util.Objects;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * What a discard decided: the sample discarded, or the rule's refusal (nothing changed).
 *
 * @param discarded null when refused
 */
public record DiscardOutcome(DiscardedSample discarded, Ruling<Verdict> ruling) {
    public DiscardOutcome {
        Objects.requireNonNull(ruling, "ruling");
    }

    public boolean refused() {
        return !ruling.allowed();
    }
}
