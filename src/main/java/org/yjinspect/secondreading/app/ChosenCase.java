package org.yjinspect.secondreading.app;

import java.time.Instant;
import org.yjinspect.secondreading.domain.ReadingState;

/**
 * One case chosen for a second reading, without any answer: who read it first (its allocated
 * assessor, or null while nobody is), who reads it second (null until allocated), how it was chosen,
 * how far each reading has gone, and whether both are submitted so both readings may be seen.
 *
 * @param drawn    true when drawn at random (the inspection's stored draw), false when picked by hand
 * @param revision the second reading's revision (0: nothing saved yet), the base for its next change
 */
public record ChosenCase(long sampleCaseId, String caseReference, String firstReader, String secondReader,
                         boolean drawn, ReadingState firstReading, ReadingState secondReading, boolean bothSubmitted,
                         int revision, String chosenBy, Instant chosenAt) {
}
