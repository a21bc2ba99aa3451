package org.yjinspect.secondreading.domain;

import java.util.EnumSet;
import java.util.Set;
import org.yjinspect.access.domain.Role;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * Neither reader sees the other's answers until both have submitted that case; nor does anyone
 * else see the second reading before then (the lead and the panel included), so that nothing
 * nudges either reading. Before both are submitted: the second reader sees only their own reading;
 * the first reading is the live assessment, which its reader and those who read the whole
 * inspection (lead, inspectors, panel members) see as usual, and the second reader never does.
 * Once both are submitted, the two readers and those who read the whole inspection see both.
 */
public final class BlindReadingPolicy {
    public static final String RULE = "Blind second reading";
    /** The refusal for someone who reads neither reading of the case, nor the whole inspection. */
    public static final String NOT_THEIRS = "Cases a person reads";
    private static final Set<Role> READ_WHOLE_INSPECTION = EnumSet.of(Role.LEAD_INSPECTOR, Role.INSPECTOR,
            Role.PANEL_MEMBER);

    private BlindReadingPolicy() {
    }

    /**
     * @param roles           the asker's roles in the inspection
     * @param firstReader     whether the asker is the case's first reader (its allocated assessor)
     * @param secondReader    whether the asker is the case's allocated second reader
     * @param firstSubmitted  whether the first reading was submitted (when both were, this stays true)
     * @param secondSubmitted whether the second reading was submitted
     */
    public record Facts(String caseReference, Set<Role> roles, boolean firstReader, boolean secondReader,
                        boolean firstSubmitted, boolean secondSubmitted) {
        public Facts {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }

        public boolean bothSubmitted() {
            return firstSubmitted && secondSubmitted;
        }

        boolean readsWholeInspection() {
            return roles.stream().anyMatch(READ_WHOLE_INSPECTION::contains);
        }
    }

    /** Whether the asker may see the second reading's answers. */
    public static Ruling<Verdict> secondReading(Facts f) {
        if (f.bothSubmitted()) {
            return afterBoth(f);
        }
        if (f.secondReader()) {
            return Ruling.allow(RULE, "the second reading of case " + f.caseReference() + " is your own");
        }
        return Ruling.refuse(RULE, "the second reading of case " + f.caseReference() + " stays hidden until both"
                + " readings are submitted (" + states(f) + ")");
    }

    /** Whether the asker may see the first reading's answers (the live assessment) of a second-read case. */
    public static Ruling<Verdict> firstReading(Facts f) {
        if (f.bothSubmitted()) {
            return afterBoth(f);
        }
        if (f.secondReader()) {
            return Ruling.refuse(RULE, "you are the second reader of case " + f.caseReference() + ": its first"
                    + " reading stays hidden from you until both readings are submitted (" + states(f) + ")");
        }
        if (f.firstReader()) {
            return Ruling.allow(RULE, "the first reading of case " + f.caseReference() + " is your own");
        }
        if (f.readsWholeInspection()) {
            return Ruling.allow(RULE, "the first reading of case " + f.caseReference() + " is its live assessment,"
                    + " which you read as part of the whole inspection");
        }
        return Ruling.refuse(NOT_THEIRS, "case " + f.caseReference() + " is not one you read");
    }

    private static Ruling<Verdict> afterBoth(Facts f) {
        if (f.firstReader() || f.secondReader() || f.readsWholeInspection()) {
            return Ruling.allow(RULE, "both readings of case " + f.caseReference() + " are submitted, so both may"
                    + " be seen side by side");
        }
        return Ruling.refuse(NOT_THEIRS, "case " + f.caseReference() + " is not one you read");
    }

    private static String states(Facts f) {
        return "first reading " + (f.firstSubmitted() ? "submitted" : "not yet submitted") + ", second reading "
                + (f.secondSubmitted() ? "submitted" : "not yet submitted");
    }
}
