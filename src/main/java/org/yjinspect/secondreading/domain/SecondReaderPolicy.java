package org.yjinspect.secondreading.domain;

import java.util.Set;
import org.yjinspect.access.domain.Role;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * Who may read a case a second time: a member of the inspection's team whose role assesses cases
 * (lead inspector, inspector or local assessor), and not the case's first reader (the assessor it
 * is allocated to), since a reading compared with itself says nothing about how far readers agree.
 */
public final class SecondReaderPolicy {
    public static final String RULE = "Second reader of a case";

    private SecondReaderPolicy() {
    }

    /**
     * @param username    who would read the case second
     * @param roles       their roles in the inspection (empty: not on the team)
     * @param firstReader the case's allocated assessor (null: allocated to nobody yet)
     */
    public record Facts(String caseReference, String username, Set<Role> roles, String firstReader) {
        public Facts {
            roles = Set.copyOf(roles);
        }
    }

    public static Ruling<Verdict> check(Facts facts) {
        if (facts.roles().isEmpty()) {
            return Ruling.refuse(RULE, facts.username() + " is not on this inspection's team; add them as an"
                    + " inspector or local assessor first");
        }
        if (facts.roles().stream().noneMatch(Role::assessesCases)) {
            return Ruling.refuse(RULE, facts.username() + " does not assess cases in this inspection (roles: "
                    + facts.roles().stream().map(Role::words).sorted().toList() + "); a second reader is a lead"
                    + " inspector, an inspector or a local assessor");
        }
        if (facts.username().equals(facts.firstReader())) {
            return Ruling.refuse(RULE, facts.username() + " read case " + facts.caseReference() + " first (it is"
                    + " allocated to them); the second reader must be someone else");
        }
        return Ruling.allow(RULE, facts.username() + " assesses cases in this inspection and is not the first"
                + " reader of case " + facts.caseReference());
    }
}
