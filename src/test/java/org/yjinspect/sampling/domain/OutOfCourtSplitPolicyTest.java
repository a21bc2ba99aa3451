package org.yjinspect.sampling.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.FrameworkVersion;

class OutOfCourtSplitPolicyTest {
    private final OutOfCourtSplitPolicy v2018 = OutOfCourtSplitPolicy.forVersion(FrameworkVersion.V2018, SampleSizePolicy.DEFAULT);
    private final OutOfCourtSplitPolicy v2021 = OutOfCourtSplitPolicy.forVersion(FrameworkVersion.V2021, SampleSizePolicy.DEFAULT);

    @Test
    void in2018TheCombinedSampleIsSixtyPercentCourtAndFortyOutOfCourtRoundedUp() {
        // 8 court cases -> 6 out-of-court, and 4 -> 3: the splits two 2020 reports show.
        assertThat(v2018.size(8, 8, 40).n()).isEqualTo(6);
        assertThat(v2018.size(4, 4, 40).n()).isEqualTo(3);
        assertThat(v2018.size(63, 100, 400).n()).isEqualTo(42);
        assertThat(v2018.size(8, 8, 40).working()).contains("60% court", "40% out-of-court", "rounded up to 6");
    }

    @Test
    void in2021TheOutOfCourtSampleFollowsTheEligibleOutOfCourtShare() {
        // 7 court of 7 eligible; 20 of 20 out-of-court eligible -> 20.
        assertThat(v2021.size(7, 7, 20).n()).isEqualTo(20);
        // 39 court of 50 eligible; 75 eligible out-of-court: 39 * 75 / 50 = 58.5 -> 59.
        assertThat(v2021.size(39, 50, 75).n()).isEqualTo(59);
        assertThat(v2021.size(39, 50, 75).working()).contains("60.0%", "58.50", "rounded up to 59");
    }

    @Test
    void neverMoreOutOfCourtCasesThanAreEligible() {
        assertThat(v2018.size(30, 40, 5).n()).isEqualTo(5);
        assertThat(v2021.size(30, 40, 3).n()).isEqualTo(3);
    }

    @Test
    void withoutCourtCasesTheOutOfCourtSampleIsSizedOnItsOwn() {
        assertThat(v2018.size(0, 0, 50).n()).isEqualTo(39);
        assertThat(v2021.size(0, 0, 50).working()).contains("sized on its own", "rounded up to 39");
    }

    @Test
    void noEligibleOutOfCourtCasesMeansNone() {
        assertThat(v2021.size(20, 30, 0).n()).isZero();
    }
}
