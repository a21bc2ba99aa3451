package org.yjinspect.secondreading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yjinspect.access.domain.Role;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * The blind rule for every role × part in the case (first reader, second reader, neither) × whether
 * each reading is submitted, written out from the words: before both are submitted only the
 * second reader sees the second reading, and the second reader never sees the first; afterwards the
 * two readers and those who read the whole inspection see both.
 */
class BlindReadingPolicyTest {
    private enum Part { FIRST_READER, SECOND_READER, NEITHER }

    private static final Set<Role> READ_WHOLE = EnumSet.of(Role.LEAD_INSPECTOR, Role.INSPECTOR, Role.PANEL_MEMBER);

    @Test
    void everyRolePartAndSubmittedStateHasItsOutcome() {
        int checked = 0;
        for (Role role : Role.values()) {
            for (Part part : Part.values()) {
                for (boolean first : new boolean[] {false, true}) {
                    for (boolean second : new boolean[] {false, true}) {
                        var facts = new BlindReadingPolicy.Facts("YJ-1", Set.of(role), part == Part.FIRST_READER,
                                part == Part.SECOND_READER, first, second);
                        String as = role + " " + part + " first=" + first + " second=" + second;
                        assertThat(verdict(BlindReadingPolicy.secondReading(facts))).as("second reading, " + as)
                                .isEqualTo(expectedSecond(role, part, first && second));
                        assertThat(verdict(BlindReadingPolicy.firstReading(facts))).as("first reading, " + as)
                                .isEqualTo(expectedFirst(role, part, first && second));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(Role.values().length * 3 * 4);
    }

    @Test
    void aRefusalSaysWhatIsStillToBeSubmitted() {
        var lead = new BlindReadingPolicy.Facts("YJ-7", Set.of(Role.LEAD_INSPECTOR), false, false, true, false);
        assertThat(BlindReadingPolicy.secondReading(lead).reason()).isEqualTo("the second reading of case YJ-7 stays"
                + " hidden until both readings are submitted (first reading submitted, second reading not yet submitted)");
        var second = new BlindReadingPolicy.Facts("YJ-7", Set.of(Role.INSPECTOR), false, true, false, true);
        assertThat(BlindReadingPolicy.firstReading(second).reason()).contains("you are the second reader of case YJ-7");
    }

    @Test
    void someoneWhoReadsNeitherReadingNorTheWholeInspectionIsToldTheCaseIsNotTheirs() {
        var local = new BlindReadingPolicy.Facts("YJ-7", Set.of(Role.LOCAL_ASSESSOR), false, false, true, true);
        assertThat(BlindReadingPolicy.firstReading(local).rule()).isEqualTo(BlindReadingPolicy.NOT_THEIRS);
        assertThat(BlindReadingPolicy.secondReading(local).rule()).isEqualTo(BlindReadingPolicy.NOT_THEIRS);
    }

    private static boolean expectedSecond(Role role, Part part, boolean both) {
        if (!both) {
            return part == Part.SECOND_READER;
        }
        return part != Part.NEITHER || READ_WHOLE.contains(role);
    }

    private static boolean expectedFirst(Role role, Part part, boolean both) {
        if (!both) {
            return part == Part.FIRST_READER || part == Part.NEITHER && READ_WHOLE.contains(role);
        }
        return part != Part.NEITHER || READ_WHOLE.contains(role);
    }

    private static boolean verdict(Ruling<Verdict> ruling) {
        assertThat(ruling.reason()).isNotBlank();
        return ruling.allowed();
    }
}
