package org.yjinspect.rating.domain;

import java.util.List;

/**
 * The triggers that hold for a standard, and the ones that could not be checked (a printed
 * percentage with no case count cannot say what one case would change).
 */
public record DiscretionTriggers(List<TriggerFinding> raised, List<String> notChecked) {
    public static final DiscretionTriggers NONE = new DiscretionTriggers(List.of(), List.of());

    public DiscretionTriggers {
        raised = List.copyOf(raised);
        notChecked = List.copyOf(notChecked);
    }

    public boolean any() {
        return !raised.isEmpty();
    }

    public boolean holds(DiscretionTrigger trigger) {
        return raised.stream().anyMatch(f -> f.trigger() == trigger);
    }

    public String summary() {
        if (raised.isEmpty()) {
            return "no discretion trigger holds";
        }
        return String.join("; ", raised.stream().map(TriggerFinding::reason).toList());
    }
}
