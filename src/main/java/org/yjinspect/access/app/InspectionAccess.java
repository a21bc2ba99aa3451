package org.yjinspect.access.app;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.yjinspect.access.domain.Access;
import org.yjinspect.access.domain.AccessPolicy;
import org.yjinspect.access.domain.Action;
import org.yjinspect.rules.Ruling;

/**
 * Asks the access policy about one request: the facts come from the database each time, so every
 * server behind a load balancer decides alike. An inspection that does not exist is answered as
 * {@link Access#HIDDEN}, exactly like one the person is not on.
 */
public final class InspectionAccess {
    private final AccessFacts facts;

    public InspectionAccess(AccessFacts facts) {
        this.facts = facts;
    }

    /** Who is asking: the account and its administrator flag. */
    public record Asker(long userId, boolean administrator) {
    }

    /** The ruling on one action in one inspection (on one case, for a case-level action that names it). */
    public Ruling<Access> decide(Asker asker, long inspectionId, Long sampleCaseId, Action action) {
        return facts.of(inspectionId, asker.userId(), sampleCaseId)
                .map(s -> policy(asker, s, s.caseAllocated(), action)).orElseGet(() -> absent(inspectionId));
    }

    /**
     * Whether the person may do a changing action now, so that a page shows its form: the policy
     * allows it and the inspection is not published (publishing locks every record of it; the
     * write itself is refused by the lock all the same, this only spares the person a dead form).
     */
    public boolean mayChange(Asker asker, long inspectionId, Long sampleCaseId, Action action) {
        return facts.of(inspectionId, asker.userId(), sampleCaseId).filter(s -> !s.published())
                .map(s -> policy(asker, s, s.caseAllocated(), action).value() == Access.ALLOWED).orElse(false);
    }

    /** Whether the inspection is published, and so locked, as the person sees it (false where they see none). */
    public boolean locked(Asker asker, long inspectionId) {
        return facts.of(inspectionId, asker.userId(), null).map(AccessFacts.Standing::published).orElse(false);
    }

    /**
     * The ruling on a case-level action over a list of the inspection's cases, and which cases:
     * {@code onlyCases} is null for all of them, else those allocated to the person (a local
     * assessor, who sees no other).
     */
    public record ListRuling(Ruling<Access> ruling, Set<Long> onlyCases) {
    }

    public ListRuling decideList(Asker asker, long inspectionId, Action action) {
        Optional<AccessFacts.Standing> standing = facts.of(inspectionId, asker.userId(), null);
        if (standing.isEmpty()) {
            return new ListRuling(absent(inspectionId), Set.of());
        }
        Ruling<Access> anyCase = policy(asker, standing.get(), false, action);
        if (anyCase.value() == Access.ALLOWED) {
            return new ListRuling(anyCase, null);
        }
        Ruling<Access> theirCases = policy(asker, standing.get(), true, action);
        return new ListRuling(theirCases, theirCases.value() == Access.ALLOWED
                ? facts.allocatedCases(inspectionId, asker.userId()) : Set.of());
    }

    private static Ruling<Access> policy(Asker asker, AccessFacts.Standing s, boolean allocated, Action action) {
        return AccessPolicy.decide(new AccessPolicy.Facts(asker.administrator(), s.roles(), s.published(), allocated,
                s.secondReading()), action);
    }

    private static Ruling<Access> absent(long inspectionId) {
        return new Ruling<>(Access.HIDDEN, AccessPolicy.RULE, "there is no inspection " + inspectionId);
    }

    /** Which inspections the person sees in the list of inspections: every one, or those they are on. */
    public Predicate<Long> seen(Asker asker) {
        if (AccessPolicy.decide(new AccessPolicy.Facts(asker.administrator(), Set.of(), false, false),
                Action.READ_INSPECTION).value() == Access.ALLOWED) {
            return inspectionId -> true;
        }
        Map<Long, AccessFacts.Standing> memberships = facts.memberships(asker.userId());
        return inspectionId -> {
            AccessFacts.Standing s = memberships.get(inspectionId);
            return s != null && policy(asker, s, false, Action.READ_INSPECTION).value() == Access.ALLOWED;
        };
    }
}
