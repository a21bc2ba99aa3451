package org.yjinspect.sampling.app;

import java.util.List;
import java.util.Objects;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.sampling.domain.WindowCount;

/**
 * What a draw decided: the sample drawn, or the rule's refusal (nothing stored) with each case
 * type's window as dates and its eligible cases.
 *
 * @param sample null when refused
 */
public record DrawOutcome(SampleReport sample, Ruling<Verdict> ruling, List<WindowCount> windows) {
    public DrawOutcome {
        Objects.requireNonNull(ruling, "ruling");
        windows = List.copyOf(windows);
    }

    public boolean refused() {
        return !ruling.allowed();
    }
}
