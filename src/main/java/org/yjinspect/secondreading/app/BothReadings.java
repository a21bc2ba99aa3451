package org.yjinspect.secondreading.app;

import java.util.List;

/** A case's two readings side by side, once both are submitted, with the differences settled so far. */
public record BothReadings(ChosenCase chosen, Reading first, Reading second, List<Settlement> settlements) {
    public BothReadings {
        settlements = List.copyOf(settlements);
    }
}
