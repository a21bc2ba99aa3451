package org.yjinspect.panel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicationPolicyTest {
    @Test
    void aFinishedPanelMayPublish() {
        assertThat(PublicationPolicy.check(new PublicationPolicy.Facts(12, List.of(), List.of(), List.of(), Map.of())).ready())
                .isTrue();
    }

    @Test
    void everythingOutstandingIsNamed() {
        PublicationPolicy.Readiness readiness = PublicationPolicy.check(new PublicationPolicy.Facts(0,
                List.of("YJ-1", "YJ-2"), List.of("1.1"), List.of("2.1"), Map.of("3.1", "one band only")));
        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.outstanding()).containsExactly("no sample has been drawn",
                "2 case assessments are not accepted yet (YJ-1, YJ-2)", "not rated: 1.1", "no panel decision for 2.1",
                "the panel decision for 3.1 no longer holds for the current figures (one band only); decide again");
    }
}
