package org.yjinspect.overview.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yjinspect.rules.Ruling;

class InspectionStagePolicyTest {
    private static Ruling<InspectionStage> stage(boolean published, int imports, int sampled, int begun) {
        return InspectionStagePolicy.decide(new InspectionStagePolicy.Facts(published, imports, sampled, begun));
    }

    @Test
    void anInspectionWithNothingButItsSetUpIsSetUp() {
        assertThat(stage(false, 0, 0, 0).value()).isEqualTo(InspectionStage.SET_UP);
        assertThat(stage(false, 0, 0, 0).reason()).isEqualTo("no caseload has been imported yet");
    }

    @Test
    void eachRecordMovesTheStageOnInOrder() {
        assertThat(stage(false, 1, 0, 0).value()).isEqualTo(InspectionStage.CASELOAD_IMPORTED);
        assertThat(stage(false, 1, 40, 0).value()).isEqualTo(InspectionStage.SAMPLE_DRAWN);
        assertThat(stage(false, 1, 40, 3).value()).isEqualTo(InspectionStage.FIELDWORK);
        assertThat(stage(false, 1, 40, 3).reason()).isEqualTo("3 of 40 sampled cases have their assessment begun");
    }

    @Test
    void publishedOutranksEverythingElse() {
        assertThat(stage(true, 2, 40, 40).value()).isEqualTo(InspectionStage.PUBLISHED);
        assertThat(stage(true, 2, 40, 40).rule()).isEqualTo(InspectionStagePolicy.RULE);
    }

    @Test
    void aDiscardedSampleTakesTheInspectionBackToItsCaseload() {
        assertThat(stage(false, 1, 0, 5).value()).isEqualTo(InspectionStage.CASELOAD_IMPORTED);
    }
}
