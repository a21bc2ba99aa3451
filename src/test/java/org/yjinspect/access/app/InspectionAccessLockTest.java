package org.yjinspect.access.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.domain.Role;

/** Pages offer a changing form only while the inspection is not published; reading goes on as before. */
class InspectionAccessLockTest {
    private static final InspectionAccess.Asker LEAD = new InspectionAccess.Asker(7, false);

    private static InspectionAccess access(boolean published) {
        return new InspectionAccess(new AccessFacts() {
            @Override
            public Optional<Standing> of(long inspectionId, long userId, Long sampleCaseId) {
                return inspectionId == 1 ? Optional.of(new Standing(Set.of(Role.LEAD_INSPECTOR), published, false))
                        : Optional.empty();
            }

            @Override
            public Set<Long> allocatedCases(long inspectionId, long userId) {
                return Set.of();
            }

            @Override
            public Map<Long, Standing> memberships(long userId) {
                return Map.of();
            }
        });
    }

    @Test
    void aLeadMayChangeTheTeamUntilTheInspectionIsPublished() {
        assertThat(access(false).mayChange(LEAD, 1, null, Action.MANAGE_TEAM)).isTrue();
        assertThat(access(false).locked(LEAD, 1)).isFalse();
        assertThat(access(true).mayChange(LEAD, 1, null, Action.MANAGE_TEAM)).isFalse();
        assertThat(access(true).locked(LEAD, 1)).isTrue();
    }

    @Test
    void whatThePolicyRefusesStaysRefusedAndAnInspectionNobodySeesIsNeitherChangedNorLocked() {
        assertThat(access(false).mayChange(LEAD, 1, null, Action.DECIDE_PANEL)).as("a lead does not decide").isFalse();
        assertThat(access(false).mayChange(LEAD, 2, null, Action.MANAGE_TEAM)).isFalse();
        assertThat(access(true).locked(LEAD, 2)).isFalse();
    }
}
