package org.yjinspect.access.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.yjinspect.rules.Ruling;

/**
 * Who may do what in one inspection, from their roles in it (docs/access.md has the matrix in
 * words). Someone with no role in the inspection does not see it at all (HIDDEN), except that an
 * administrator sees its set-up and may manage its team (to appoint or replace the lead); the
 * administrator flag gives no case data. Several roles: the most any of them gives.
 */
public final class AccessPolicy {
    public static final String RULE = "Access by role in the inspection";

    /**
     * What the decision rests on.
     *
     * @param administrator the account's administrator flag
     * @param roles         the principal's roles in this inspection (empty: not a member)
     * @param published     whether the inspection is published
     * @param caseAllocated for a case-level action, whether that case is allocated to the principal
     * @param secondReading the principal's part in second reading (docs/second-reading.md)
     */
    public record Facts(boolean administrator, Set<Role> roles, boolean published, boolean caseAllocated,
                        SecondReading secondReading) {
        public Facts {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
            Objects.requireNonNull(secondReading, "secondReading");
        }

        /** Someone who reads no case a second time. */
        public Facts(boolean administrator, Set<Role> roles, boolean published, boolean caseAllocated) {
            this(administrator, roles, published, caseAllocated, SecondReading.NONE);
        }
    }

    /**
     * The principal's part in second reading.
     *
     * @param ofCase     for a case-level action, whether the principal is that case's allocated second reader
     * @param caseBlind  for a case-level action, whether that case's readings are not both submitted yet
     * @param blindCases whether the principal is the second reader of any case of the inspection whose
     *                   readings are not both submitted (the audit trail and the export name first readings)
     */
    public record SecondReading(boolean ofCase, boolean caseBlind, boolean blindCases) {
        public static final SecondReading NONE = new SecondReading(false, false, false);
    }

    private record Outcome(Access access, String reason) {
    }

    private AccessPolicy() {
    }

    public static Ruling<Access> decide(Facts facts, Action action) {
        Objects.requireNonNull(action, "action");
        Outcome best = facts.administrator() ? administrator(action) : null;
        for (Role role : facts.roles()) {
            Outcome outcome = of(role, action, facts);
            if (best == null || outcome.access().compareTo(best.access()) > 0) {
                best = outcome;
            }
        }
        if (best == null) {
            best = new Outcome(Access.HIDDEN, "only members of an inspection's team see it");
        }
        if (best.access() == Access.ALLOWED) {
            best = SecondReadingBlindness.refusal(action, facts.secondReading()).map(AccessPolicy::forbidden).orElse(best);
        }
        return new Ruling<>(best.access(), RULE, best.reason());
    }

    private static Outcome administrator(Action action) {
        return switch (action) {
            case MANAGE_TEAM -> allowed("an administrator may appoint an inspection's team");
            case READ_INSPECTION -> allowed("an administrator sees an inspection's set-up and team to appoint it");
            default -> forbidden("the administrator role alone gives no access to an inspection's records");
        };
    }

    private static Outcome of(Role role, Action action, Facts facts) {
        return switch (role) {
            case LEAD_INSPECTOR -> lead(action, facts.secondReading().ofCase());
            case INSPECTOR -> inspector(action, facts.caseAllocated(), facts.secondReading().ofCase());
            case LOCAL_ASSESSOR -> localAssessor(action, facts.caseAllocated(), facts.secondReading().ofCase());
            case PANEL_MEMBER -> panelMember(action);
            case SERVICE_VIEWER -> serviceViewer(action, facts.published());
        };
    }

    private static Outcome lead(Action action, boolean secondReader) {
        return switch (action) {
            case SECOND_READ -> secondRead(secondReader, Access.FORBIDDEN, "a lead inspector");
            case DECIDE_PANEL -> forbidden("panel decisions are the ratings panel's; a lead inspector on the panel also"
                    + " holds that role");
            case DECIDE_CASE -> allowed("the lead inspector assures the quality of case assessments: accepts them or"
                    + " returns them for rework");
            case CHOOSE_SECOND_READING, SETTLE_READINGS -> allowed("the lead inspector runs the second reading: chooses"
                    + " its cases and readers and settles the differences");
            default -> allowed("a lead inspector runs the inspection and reads all of it");
        };
    }

    private static Outcome inspector(Action action, boolean allocated, boolean secondReader) {
        return switch (action) {
            case SECOND_READ -> secondRead(secondReader, Access.FORBIDDEN, "an inspector");
            case READ_INSPECTION, READ_RATINGS, READ_CASE, READ_AUDIT, READ_EVIDENCE, READ_AGREEMENT ->
                    allowed("an inspector reads all of the inspection");
            case ASSESS_CASE -> allocated ? allowed("the case is allocated to this inspector")
                    : forbidden("an inspector assesses only the cases allocated to them");
            case DECIDE_CASE -> forbidden("an inspector submits the case assessments they make; the lead inspector"
                    + " accepts them or returns them for rework");
            default -> forbidden("an inspector assesses cases; the lead inspector runs the inspection");
        };
    }

    private static Outcome localAssessor(Action action, boolean allocated, boolean secondReader) {
        return switch (action) {
            case SECOND_READ -> secondRead(secondReader, Access.HIDDEN, "a local assessor");
            case READ_INSPECTION -> allowed("a local assessor sees the inspection their cases belong to");
            case READ_CASE, ASSESS_CASE -> allocated ? allowed("the case is allocated to this local assessor")
                    : new Outcome(Access.HIDDEN, "a local assessor sees only the cases allocated to them");
            case DECIDE_CASE -> forbidden("a local assessor submits the case assessments they make; the lead inspector"
                    + " accepts them or returns them for rework");
            default -> forbidden("a local assessor reads and assesses only the cases allocated to them");
        };
    }

    private static Outcome panelMember(Action action) {
        return switch (action) {
            case READ_INSPECTION, READ_RATINGS, READ_CASE, READ_AUDIT, READ_EVIDENCE, READ_AGREEMENT ->
                    allowed("a ratings panel member reads all of the inspection");
            case DECIDE_PANEL -> allowed("a ratings panel member records panel decisions");
            default -> forbidden("a ratings panel member reads the inspection and records panel decisions only");
        };
    }

    private static Outcome serviceViewer(Action action, boolean published) {
        if (!published) {
            return new Outcome(Access.HIDDEN, "a service viewer sees an inspection only once it is published");
        }
        return switch (action) {
            case READ_INSPECTION, READ_RATINGS -> allowed("a service viewer reads the published ratings");
            default -> forbidden("a service viewer reads the published ratings, never case-level data");
        };
    }

    /** A case's second reading is its allocated second reader's alone; others get {@code otherwise}. */
    private static Outcome secondRead(boolean secondReader, Access otherwise, String who) {
        return secondReader ? allowed("this case is allocated to them to read a second time")
                : new Outcome(otherwise, who + " reads a case a second time only when it is allocated to them to"
                + " read second");
    }

    private static Outcome allowed(String reason) {
        return new Outcome(Access.ALLOWED, reason);
    }

    private static Outcome forbidden(String reason) {
        return new Outcome(Access.FORBIDDEN, reason);
    }
}
