package org.yjinspect.secondreading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjinspect.access.domain.Role;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/** A second reader assesses cases in the inspection and is not the case's first reader. */
class SecondReaderPolicyTest {
    @Test
    void anyoneWhoAssessesCasesAndDidNotReadItFirstMayReadItSecond() {
        for (Role role : Set.of(Role.LEAD_INSPECTOR, Role.INSPECTOR, Role.LOCAL_ASSESSOR)) {
            assertThat(check("dafydd", Set.of(role), "ceri").allowed()).as(role.name()).isTrue();
        }
        assertThat(check("dafydd", Set.of(Role.INSPECTOR), null).allowed()).as("a case allocated to nobody").isTrue();
    }

    @Test
    void theFirstReaderIsRefusedWithTheReason() {
        Ruling<Verdict> ruling = check("ceri", Set.of(Role.INSPECTOR), "ceri");
        assertThat(ruling.allowed()).isFalse();
        assertThat(ruling.reason()).isEqualTo("ceri read case YJ-3 first (it is allocated to them); the second reader"
                + " must be someone else");
    }

    @Test
    void someoneWhoDoesNotAssessCasesOrIsNotOnTheTeamIsRefused() {
        assertThat(check("pat", Set.of(Role.PANEL_MEMBER), "ceri").reason()).contains("does not assess cases");
        assertThat(check("sam", Set.of(Role.SERVICE_VIEWER), "ceri").allowed()).isFalse();
        assertThat(check("nobody", Set.of(), "ceri").reason()).contains("is not on this inspection's team");
        assertThat(check("pat", Set.of(Role.PANEL_MEMBER, Role.INSPECTOR), "ceri").allowed()).isTrue();
    }

    private static Ruling<Verdict> check(String username, Set<Role> roles, String firstReader) {
        Ruling<Verdict> ruling = SecondReaderPolicy.check(new SecondReaderPolicy.Facts("YJ-3", username, roles,
                firstReader));
        assertThat(ruling.rule()).isEqualTo(SecondReaderPolicy.RULE);
        return ruling;
    }
}
