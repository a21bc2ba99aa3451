package org.yjinspect.secondreading.app;

import java.util.List;

/** The differences between the two readings of one case, in the form's order. */
public record CaseDisagreements(ChosenCase chosen, String firstReader, String secondReader,
                                List<Disagreement> differences) {
    public CaseDisagreements {
        differences = List.copyOf(differences);
    }
}
