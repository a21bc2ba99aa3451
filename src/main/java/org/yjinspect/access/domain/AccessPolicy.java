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
     */
    public record Facts(boolean administrator, Set<Role> roles, boolean published, boolean caseAllocated) {
        public Facts {
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        }
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
            case LEAD_INSPECTOR -> lead(action);
            case INSPECTOR -> inspector(action, facts.caseAllocated());
            case LOCAL_ASSESSOR -> localAssessor(action, facts.caseAllocated());
            case PANEL_MEMBER -> panelMember(action);
            case SERVICE_VIEWER -> serviceViewer(action, facts.published());
        };
    }

    private static Outcome lead(Action action) {
        return switch (action) {
            case DECIDE_PANEL -> forbidden("panel decisions are the ratings panel's; a lead inspector on the panel also"
                    + " holds that role");
            case DECIDE_CASE -> allowed("the lead inspector assures the quality of case assessments: accepts them or"
                    + " returns them for rework");
            default -> allowed("a lead inspector runs the inspection and reads all of it");
        };
    }

    private static Outcome inspector(Action action, boolean allocated) {
        return switch (action) {
            case READ_INSPECTION, READ_RATINGS, READ_CASE, READ_AUDIT, READ_EVIDENCE ->
                    allowed("an inspector reads all of the inspection");
            case ASSESS_CASE -> allocated ? allowed("the case is allocated to this inspector")
                    : forbidden("an inspector assesses only the cases allocated to them");
            case DECIDE_CASE -> forbidden("an inspector submits the case assessments they make; the lead inspector"
                    + " accepts them or returns them for rework");
            default -> forbidden("an inspector assesses cases; the lead inspector runs the inspection");
        };
    }

    private static Outcome localAssessor(Action action, boolean allocated) {
        return switch (action) {
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
            case READ_INSPECTION, READ_RATINGS, READ_CASE, READ_AUDIT, READ_EVIDENCE ->
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

    private static Outcome allowed(String reason) {
        return new Outcome(Access.ALLOWED, reason);
    }

    private static Outcome forbidden(String reason) {
        return new Outcome(Access.FORBIDDEN, reason);
    }
}
