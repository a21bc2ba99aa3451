package org.yjinspect.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

class SampleDiscardPolicyTest {
    @Test
    void aSampleNobodyHasWorkedOnMayBeDiscarded() {
        Ruling<Verdict> ruling = SampleDiscardPolicy.check(SampleWork.NONE, 42);
        assertThat(ruling.allowed()).isTrue();
        assertThat(ruling.reason()).isEqualTo("none of the 42 sampled cases has an answer yet");
    }

    @Test
    void anyRecordedWorkKeepsTheSampleAndSaysWhatWouldBeLost() {
        for (SampleWork work : new SampleWork[] {new SampleWork(1, 1, 0, 0, 0, 0), new SampleWork(1, 0, 1, 0, 0, 0),
            new SampleWork(1, 0, 0, 1, 0, 0), new SampleWork(1, 0, 0, 0, 1, 0), new SampleWork(1, 0, 0, 0, 0, 1)}) {
            Ruling<Verdict> ruling = SampleDiscardPolicy.check(work, 42);
            assertThat(ruling.allowed()).as(work.toString()).isFalse();
            assertThat(ruling.rule()).isEqualTo(SampleDiscardPolicy.RULE);
        }
        assertThat(SampleDiscardPolicy.check(new SampleWork(3, 3, 12, 2, 1, 0), 42).reason())
                .contains("3 of the 42 sampled cases", "3 started", "12 prompt answers", "2 key question answers",
                        "1 evidence notes", "0 classifications", "sample replace");
    }
}
