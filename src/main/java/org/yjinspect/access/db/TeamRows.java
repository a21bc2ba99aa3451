package org.yjinspect.access.db;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.yjinspect.access.domain.Role;
import org.yjinspect.platform.problem.Problem;

/** The reads a team or allocation change needs, on the handle of the transaction in hand. */
final class TeamRows {
    /** A sampled case of the inspection: its id and whether it is still selected (not replaced). */
    record SampledCase(long id, boolean selected) {
    }

    private TeamRows() {
    }

    static Optional<Long> user(Handle h, String username) {
        return h.createQuery("select id from user_account where username = :u").bind("u", username)
                .mapTo(Long.class).findOne();
    }

    static Set<Role> roles(Handle h, long inspectionId, long user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        h.createQuery("select role from inspection_member where inspection_id = :i and user_id = :u")
                .bind("i", inspectionId).bind("u", user).mapTo(String.class).forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    static SampledCase sampledCase(Handle h, long inspectionId, String reference) {
        return h.createQuery("select s.id, s.status from sample_case s join sample sm on sm.id = s.sample_id"
                        + " join caseload_case c on c.id = s.case_id where sm.inspection_id = :i"
                        + " and c.case_reference = :ref for update of s").bind("i", inspectionId).bind("ref", reference)
                .map((rs, ctx) -> new SampledCase(rs.getLong("id"), "SELECTED".equals(rs.getString("status"))))
                .findOne().orElseThrow(() -> Problem.notFound("there is no sampled case " + reference
                        + " in inspection " + inspectionId));
    }

    static Optional<String> allocatedTo(Handle h, long sampleCaseId) {
        return h.createQuery("select a.username from case_allocation x join user_account a on a.id = x.user_id"
                + " where x.sample_case_id = :c for update of x").bind("c", sampleCaseId).mapTo(String.class).findOne();
    }

    static void inspectionMustExist(Handle h, long inspectionId) {
        boolean exists = h.createQuery("select exists (select 1 from inspection where id = :i)")
                .bind("i", inspectionId).mapTo(Boolean.class).one();
        if (!exists) {
            throw Problem.notFound("there is no inspection " + inspectionId);
        }
    }
}
