package org.yjinspect.sampling.domain;

/**
 * What inspectors have recorded on a sample's cases so far: cases whose assessment has moved on
 * from "not started", and answers, evidence notes and classifications given. A record that was
 * opened and left empty (an answer cleared again) is not work.
 *
 * @param casesWorkedOn how many sampled cases have any of the below
 */
public record SampleWork(int casesWorkedOn, int casesStarted, int promptAnswers, int keyQuestionAnswers,
                         int evidenceNotes, int classifications) {
    public static final SampleWork NONE = new SampleWork(0, 0, 0, 0, 0, 0);

    public boolean none() {
        return equals(NONE);
    }
}
