package org.yjinspect.sampling.domain;

import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * A sample may be discarded (so that the caseload can be corrected and a sample drawn again)
 * only while nobody has recorded anything on any of its cases. Once work has begun, discarding
 * would throw it away: a case that cannot be inspected is replaced instead, one at a time.
 */
public final class SampleDiscardPolicy {
    public static final String RULE = "a sample is discarded only before any of its cases is assessed";

    private SampleDiscardPolicy() {
    }

    public static Ruling<Verdict> check(SampleWork work, int casesInSample) {
        if (work.none()) {
            return Ruling.allow(RULE, "none of the " + casesInSample + " sampled cases has an answer yet");
        }
        return Ruling.refuse(RULE, work.casesWorkedOn() + " of the " + casesInSample + " sampled cases already have"
                + " work recorded (" + work.casesStarted() + " started, " + work.promptAnswers() + " prompt answers, "
                + work.keyQuestionAnswers() + " key question answers, " + work.evidenceNotes() + " evidence notes, "
                + work.classifications() + " classifications), so the sample cannot be discarded. Replace a case that"
                + " cannot be inspected instead (sample replace)");
    }
}
