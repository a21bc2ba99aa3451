package org.yjinspect.secondreading.app;

import java.util.List;
import java.util.Optional;

/**
 * The inspection's second reading as the asker may see it: the draw, if cases were drawn, and the
 * chosen cases (all of them for those who read the whole inspection; a local assessor sees only the
 * cases they read first or second). No answers: those come through the blind rule.
 */
public record SecondReadingOverview(long inspectionId, Optional<DrawRecord> draw, List<ChosenCase> cases) {
    public SecondReadingOverview {
        cases = List.copyOf(cases);
    }
}
