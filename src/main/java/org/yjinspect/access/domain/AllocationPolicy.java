package org.yjinspect.access.domain;

import java.util.Set;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * A sampled case may be allocated only to someone who assesses cases in that inspection (lead
 * inspector, inspector or local assessor), and only while it is in the sample: a case that was
 * replaced is no longer assessed, so nobody is allocated to it.
 */
public final class AllocationPolicy {
    public static final String RULE = "Allocating a case to an assessor";

    private AllocationPolicy() {
    }

    /** The case's reference, whether it is still selected, and the allocated person's roles there. */
    public record Facts(String caseReference, boolean caseSelected, String username, Set<Role> roles) {
    }

    public static Ruling<Verdict> check(Facts facts) {
        if (!facts.caseSelected()) {
            return Ruling.refuse(RULE, "case " + facts.caseReference() + " was replaced in the sample, so it is not"
                    + " assessed and cannot be allocated");
        }
        if (facts.roles().isEmpty()) {
            return Ruling.refuse(RULE, facts.username() + " is not on this inspection's team; add them as an"
                    + " inspector or local assessor first (yjinspect team add)");
        }
        if (facts.roles().stream().noneMatch(Role::assessesCases)) {
            return Ruling.refuse(RULE, facts.username() + " does not assess cases in this inspection (roles: "
                    + facts.roles().stream().map(Role::words).sorted().toList() + "); cases go to a lead inspector,"
                    + " an inspector or a local assessor");
        }
        return Ruling.allow(RULE, "case " + facts.caseReference() + " is in the sample and " + facts.username()
                + " assesses cases in this inspection");
    }
}
