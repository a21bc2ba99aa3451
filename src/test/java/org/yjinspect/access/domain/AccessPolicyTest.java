package org.yjinspect.access.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yjinspect.rules.Ruling;

/**
 * The access matrix, written out as the issue describes it: for every set of roles (including
 * none) × administrator or not × every action × allocated or not × published or not, the exact
 * outcome. An action without an expectation for a role fails the test.
 */
class AccessPolicyTest {
    /**
     * "A" allowed, "F" forbidden, "H" hidden; "A|F" and "A|H": allowed when the case is allocated, else the
     * second. For SECOND_READ "allocated" means allocated to them to read second.
     */
    private static final Map<Role, String> ROWS = Map.of(
            //                       READ_INSPECTION READ_RATINGS READ_CASE ASSESS_CASE MANAGE_TEAM MANAGE_CASELOAD MANAGE_SAMPLE RECORD_QUALITATIVE DECIDE_PANEL PUBLISH DELETE_INSPECTION READ_AUDIT READ_EVIDENCE DECIDE_CASE EDIT_REPORT EXPORT_INSPECTION CHOOSE_SECOND_READING SECOND_READ SETTLE_READINGS READ_AGREEMENT
            Role.LEAD_INSPECTOR, "A A A A A A A A F A A A A A A A A A|F A A",
            Role.INSPECTOR,      "A A A A|F F F F F F F F A A F F F F A|F F A",
            Role.LOCAL_ASSESSOR, "A F A|H A|H F F F F F F F F F F F F F A|H F F",
            Role.PANEL_MEMBER,   "A A A F F F F F A F F A A F F F F F F A",
            // Only when published; before that every action is hidden.
            Role.SERVICE_VIEWER, "A A F F F F F F F F F F F F F F F F F F");
    private static final String ADMINISTRATOR = "A F F F A F F F F F F F F F F F F F F F";

    private static Map<Action, String> cells(String row) {
        String[] cells = row.trim().split("\\s+");
        Map<Action, String> byAction = new EnumMap<>(Action.class);
        for (int i = 0; i < cells.length && i < Action.values().length; i++) {
            byAction.put(Action.values()[i], cells[i]);
        }
        for (Action action : Action.values()) {
            if (!byAction.containsKey(action) || cells.length != Action.values().length) {
                fail("the matrix has no expectation for " + action + " in row \"" + row + "\"");
            }
        }
        return byAction;
    }

    private static Access expected(String cell, boolean allocated) {
        String[] parts = cell.split("\\|");
        String chosen = parts.length == 2 && !allocated ? parts[1] : parts[0];
        return switch (chosen) {
            case "A" -> Access.ALLOWED;
            case "F" -> Access.FORBIDDEN;
            case "H" -> Access.HIDDEN;
            default -> throw new AssertionError("unknown cell " + cell);
        };
    }

    private static Access expected(Set<Role> roles, boolean administrator, Action action, boolean allocated,
                                   boolean published) {
        Access best = administrator ? expected(cells(ADMINISTRATOR).get(action), allocated) : Access.HIDDEN;
        for (Role role : roles) {
            Access access = role == Role.SERVICE_VIEWER && !published ? Access.HIDDEN
                    : expected(cells(ROWS.get(role)).get(action), allocated);
            best = access.compareTo(best) > 0 ? access : best;
        }
        return best;
    }

    static List<Set<Role>> everyRoleSet() {
        List<Set<Role>> sets = new ArrayList<>();
        Role[] roles = Role.values();
        for (int mask = 0; mask < 1 << roles.length; mask++) {
            Set<Role> set = EnumSet.noneOf(Role.class);
            for (int i = 0; i < roles.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(roles[i]);
                }
            }
            sets.add(set);
        }
        return sets;
    }

    @Test
    void everyRoleHasAnExpectationForEveryAction() {
        for (Role role : Role.values()) {
            assertThat(ROWS).as("row for " + role).containsKey(role);
            assertThat(cells(ROWS.get(role))).hasSize(Action.values().length);
        }
        assertThat(cells(ADMINISTRATOR)).hasSize(Action.values().length);
    }

    @Test
    void everyRoleSetActionAllocationAndPublicationHasItsExactOutcome() {
        int checked = 0;
        for (Set<Role> roles : everyRoleSet()) {
            for (boolean administrator : new boolean[] {false, true}) {
                for (Action action : Action.values()) {
                    for (boolean allocated : new boolean[] {false, true}) {
                        for (boolean published : new boolean[] {false, true}) {
                            Ruling<Access> ruling = AccessPolicy.decide(new AccessPolicy.Facts(administrator, roles,
                                    published, allocated && action != Action.SECOND_READ, new AccessPolicy.SecondReading(
                                    allocated && action == Action.SECOND_READ, false, false)), action);
                            assertThat(ruling.value()).as("%s admin=%s %s allocated=%s published=%s: %s", roles,
                                    administrator, action, allocated, published, ruling.reason())
                                    .isEqualTo(expected(roles, administrator, action, allocated, published));
                            assertThat(ruling.rule()).isEqualTo(AccessPolicy.RULE);
                            assertThat(ruling.reason()).isNotBlank();
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(32 * 2 * Action.values().length * 4);
    }

    @Test
    void someoneWithNoRoleDoesNotSeeTheInspectionAtAll() {
        for (Action action : Action.values()) {
            assertThat(AccessPolicy.decide(new AccessPolicy.Facts(false, Set.of(), true, true), action).value())
                    .isEqualTo(Access.HIDDEN);
        }
    }

    @Test
    void anAdministratorReadsNoCaseDataByTheFlagAlone() {
        Ruling<Access> ruling = AccessPolicy.decide(new AccessPolicy.Facts(true, Set.of(), false, true), Action.READ_CASE);
        assertThat(ruling.value()).isEqualTo(Access.FORBIDDEN);
        assertThat(ruling.reason()).contains("administrator");
    }

    @Test
    void aLocalAssessorDoesNotLearnOfCasesNotAllocatedToThem() {
        Ruling<Access> ruling = AccessPolicy.decide(
                new AccessPolicy.Facts(false, Set.of(Role.LOCAL_ASSESSOR), false, false), Action.READ_CASE);
        assertThat(ruling.value()).isEqualTo(Access.HIDDEN);
        assertThat(ruling.reason()).contains("allocated");
    }

    @Test
    void takingOnAnotherRoleNeverTakesAnythingAway() {
        long seed = System.nanoTime();
        System.out.println("AccessPolicyTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<Set<Role>> sets = everyRoleSet();
        for (int i = 0; i < 2000; i++) {
            Set<Role> roles = sets.get(random.nextInt(sets.size()));
            Role more = Role.values()[random.nextInt(Role.values().length)];
            Set<Role> wider = EnumSet.noneOf(Role.class);
            wider.addAll(roles);
            wider.add(more);
            boolean administrator = random.nextBoolean();
            boolean published = random.nextBoolean();
            boolean allocated = random.nextBoolean();
            Action action = Action.values()[random.nextInt(Action.values().length)];
            Access before = AccessPolicy.decide(new AccessPolicy.Facts(administrator, roles, published, allocated), action).value();
            Access after = AccessPolicy.decide(new AccessPolicy.Facts(administrator, wider, published, allocated), action).value();
            assertThat(after.compareTo(before)).as("seed %d: %s + %s, %s", seed, roles, more, action)
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void theSecondReaderOfACaseNeitherReadsNorChangesItsFirstReadingUntilBothAreSubmitted() {
        for (Role role : List.of(Role.LEAD_INSPECTOR, Role.INSPECTOR, Role.LOCAL_ASSESSOR)) {
            for (Action action : List.of(Action.READ_CASE, Action.ASSESS_CASE)) {
                Ruling<Access> blind = AccessPolicy.decide(new AccessPolicy.Facts(false, Set.of(role), false, false,
                        new AccessPolicy.SecondReading(true, true, true)), action);
                assertThat(blind.value()).as(role + " " + action).isNotEqualTo(Access.ALLOWED);
                boolean rolesAllow = AccessPolicy.decide(new AccessPolicy.Facts(false, Set.of(role), false, false),
                        action).value() == Access.ALLOWED;
                if (rolesAllow) {
                    assertThat(blind.value()).isEqualTo(Access.FORBIDDEN);
                    assertThat(blind.reason()).contains("second reader").contains("both readings are submitted");
                }
            }
            Ruling<Access> revealed = AccessPolicy.decide(new AccessPolicy.Facts(false, Set.of(role), false, false,
                    new AccessPolicy.SecondReading(true, false, false)), Action.READ_CASE);
            assertThat(revealed.value()).as(role + " after both submitted").isEqualTo(
                    AccessPolicy.decide(new AccessPolicy.Facts(false, Set.of(role), false, false), Action.READ_CASE).value());
        }
    }

    @Test
    void aCaseStillBlindLimitsOnlyItsOwnSecondReader() {
        Ruling<Access> otherInspector = AccessPolicy.decide(new AccessPolicy.Facts(false, Set.of(Role.INSPECTOR), false,
                false, new AccessPolicy.SecondReading(false, true, false)), Action.READ_CASE);
        assertThat(otherInspector.value()).isEqualTo(Access.ALLOWED);
    }

    @Test
    void aSecondReaderStillBlindSomewhereReadsNeitherTheAuditTrailNorTheExport() {
        for (Action action : List.of(Action.READ_AUDIT, Action.EXPORT_INSPECTION)) {
            Ruling<Access> ruling = AccessPolicy.decide(new AccessPolicy.Facts(false, Set.of(Role.LEAD_INSPECTOR), false,
                    false, new AccessPolicy.SecondReading(false, false, true)), action);
            assertThat(ruling.value()).as(action.name()).isEqualTo(Access.FORBIDDEN);
            assertThat(ruling.reason()).contains("audit trail");
        }
        assertThat(AccessPolicy.decide(new AccessPolicy.Facts(false, Set.of(Role.LEAD_INSPECTOR), false, false,
                new AccessPolicy.SecondReading(false, false, true)), Action.READ_RATINGS).value()).isEqualTo(Access.ALLOWED);
    }
}
