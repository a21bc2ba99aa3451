package org.yjinspect.published.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.FrameworkVersion;

class FrameworkVersionPolicyTest {
    private static final VersionEvidence RESETTLEMENT = new VersionEvidence(FrameworkVersion.V2021, true, "4.1 rated");
    private static final VersionEvidence JOINT_WORKING = new VersionEvidence(FrameworkVersion.V2018, true, "3.4 joint working");
    private static final VersionEvidence OLD_DATE = new VersionEvidence(FrameworkVersion.V2018, false, "published 2020-11");

    @Test
    void decisiveSignsOutweighCircumstantialOnes() {
        var ruling = FrameworkVersionPolicy.decide(List.of(OLD_DATE, RESETTLEMENT));

        assertThat(ruling.value()).isEqualTo(FrameworkVersion.V2021);
        assertThat(ruling.reason()).contains("4.1 rated").doesNotContain("published");
    }

    @Test
    void circumstantialSignsDecideOnlyWhenNothingElseIsThereAndSaySo() {
        var ruling = FrameworkVersionPolicy.decide(List.of(OLD_DATE));

        assertThat(ruling.value()).isEqualTo(FrameworkVersion.V2018);
        assertThat(ruling.reason()).startsWith("only circumstantial");
    }

    @Test
    void disagreeingDecisiveSignsDecideNothing() {
        assertThat(FrameworkVersionPolicy.decide(List.of(RESETTLEMENT, JOINT_WORKING)).value()).isNull();
        assertThat(FrameworkVersionPolicy.decide(List.of()).value()).isNull();
    }
}
