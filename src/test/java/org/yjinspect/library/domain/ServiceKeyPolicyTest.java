package org.yjinspect.library.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yjinspect.rules.Ruling;

class ServiceKeyPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {"Plymouth Youth Justice Service", "Plymouth YJS", "Plymouth Youth Offending Service",
        "plymouth youth offending team", "PLYMOUTH  YOT", "The Plymouth Youth Justice Service", "Plymouth"})
    void oneServiceIsOneKeyHoweverItsReportsNameIt(String name) {
        assertThat(ServiceKeyPolicy.fold(name).value()).isEqualTo("plymouth");
    }

    @Test
    void placesOfSeveralWordsKeepTheirWordsAndAmpersandReadsAsAnd() {
        assertThat(ServiceKeyPolicy.fold("Kingston and Richmond Youth Justice Service").value())
                .isEqualTo("kingston-and-richmond");
        assertThat(ServiceKeyPolicy.fold("Kingston & Richmond YOS").value()).isEqualTo("kingston-and-richmond");
        assertThat(ServiceKeyPolicy.fold("Bath and North East Somerset, Youth Offending Service").value())
                .isEqualTo("bath-and-north-east-somerset");
        assertThat(ServiceKeyPolicy.fold("Ynys Môn Youth Justice Service").value()).isEqualTo("ynys-mon");
    }

    @Test
    void differentPlacesAreDifferentServices() {
        assertThat(ServiceKeyPolicy.fold("Torbay Youth Offending Service").value())
                .isNotEqualTo(ServiceKeyPolicy.fold("Torfaen Youth Offending Service").value());
    }

    @Test
    void aNameThatIsOnlyAKindOfServiceIsKeptWhole() {
        assertThat(ServiceKeyPolicy.fold("Youth Justice Service").value()).isEqualTo("youth-justice-service");
    }

    @Test
    void saysWhyAndRefusesANameWithoutLettersOrDigits() {
        Ruling<String> folded = ServiceKeyPolicy.fold("Plymouth YJS");
        assertThat(folded.rule()).isEqualTo(ServiceKeyPolicy.RULE);
        assertThat(folded.reason()).contains("'yjs' is the kind of service").contains("'plymouth'");

        Ruling<String> none = ServiceKeyPolicy.fold(" -- ");
        assertThat(none.value()).isNull();
        assertThat(none.reason()).contains("no letters or digits");
    }
}
