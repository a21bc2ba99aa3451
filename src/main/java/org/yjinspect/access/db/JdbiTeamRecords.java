package org.yjinspect.access.db;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.access.app.AddMemberCommand;
import org.yjinspect.access.app.AllocateCommand;
import org.yjinspect.access.app.CaseAllocation;
import org.yjinspect.access.app.Member;
import org.yjinspect.access.app.RemoveMemberCommand;
import org.yjinspect.access.app.TeamRecords;
import org.yjinspect.access.app.UnallocateCommand;
import org.yjinspect.access.domain.AllocationPolicy;
import org.yjinspect.access.domain.Role;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.db.AuditLog;
import org.yjinspect.records.db.InspectionWrites;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * The team and allocation tables. Every change goes through {@link InspectionWrites} (the
 * publication lock first) and writes its audit entry in the same transaction; the facts a rule
 * needs are read inside that transaction, with the case's allocation row locked.
 */
public final class JdbiTeamRecords implements TeamRecords {
    private static final String MEMBER = "team member";
    private static final String ALLOCATION = "case allocation";
    private final Jdbi jdbi;
    private final InspectionWrites writes;

    public JdbiTeamRecords(Jdbi jdbi, InspectionWrites writes) {
        this.jdbi = jdbi;
        this.writes = writes;
    }

    @Override
    public boolean add(AddMemberCommand c) {
        return writes.write(c.inspectionId(), c.actor(), (h, audit) -> {
            long user = activeUser(h, c.username());
            int rows = h.createUpdate("insert into inspection_member (inspection_id, user_id, role, added_by)"
                            + " values (:i, :u, :r, :by) on conflict do nothing").bind("i", c.inspectionId())
                    .bind("u", user).bind("r", c.role().name()).bind("by", c.actor().name()).execute();
            audit.record(AuditLog.Scope.INSPECTION, MEMBER, c.username(), "role", null, rows == 1 ? c.role() : null);
            return rows == 1;
        });
    }

    @Override
    public boolean remove(RemoveMemberCommand c) {
        return writes.write(c.inspectionId(), c.actor(), (h, audit) -> {
            long user = TeamRows.user(h, c.username()).orElseThrow(() -> noAccount(c.username()));
            int rows = h.createUpdate("delete from inspection_member where inspection_id = :i and user_id = :u"
                    + " and role = :r").bind("i", c.inspectionId()).bind("u", user).bind("r", c.role().name()).execute();
            int allocated = h.createQuery("select count(*) from case_allocation where inspection_id = :i and user_id = :u")
                    .bind("i", c.inspectionId()).bind("u", user).mapTo(Integer.class).one();
            if (allocated > 0 && TeamRows.roles(h, c.inspectionId(), user).stream().noneMatch(Role::assessesCases)) {
                throw Problem.conflict(c.username() + " has " + allocated + " cases allocated in inspection "
                        + c.inspectionId() + " and would no longer assess cases; allocate them to someone else"
                        + " first (yjinspect allocate); nothing was changed");
            }
            audit.record(AuditLog.Scope.INSPECTION, MEMBER, c.username(), "role", rows == 1 ? c.role() : null, null);
            return rows == 1;
        });
    }

    @Override
    public Ruling<Verdict> allocate(AllocateCommand c) {
        return writes.write(c.inspectionId(), c.actor(), (h, audit) -> {
            TeamRows.SampledCase sampled = TeamRows.sampledCase(h, c.inspectionId(), c.caseReference());
            long user = TeamRows.user(h, c.username()).orElseThrow(() -> noAccount(c.username()));
            Set<Role> roles = TeamRows.roles(h, c.inspectionId(), user);
            Ruling<Verdict> ruling = AllocationPolicy.check(new AllocationPolicy.Facts(c.caseReference(),
                    sampled.selected(), c.username(), roles));
            if (!ruling.allowed()) {
                return ruling;
            }
            String before = TeamRows.allocatedTo(h, sampled.id()).orElse(null);
            h.createUpdate("insert into case_allocation (sample_case_id, inspection_id, user_id, allocated_by)"
                            + " values (:c, :i, :u, :by) on conflict (sample_case_id) do update set user_id = :u,"
                            + " allocated_by = :by, allocated_at = clock_timestamp()").bind("c", sampled.id())
                    .bind("i", c.inspectionId()).bind("u", user).bind("by", c.actor().name()).execute();
            audit.record(new AuditLog.Scope(sampled.id(), null), ALLOCATION, c.caseReference(), "allocated_to",
                    before, c.username());
            return ruling;
        });
    }

    @Override
    public boolean unallocate(UnallocateCommand c) {
        return writes.write(c.inspectionId(), c.actor(), (h, audit) -> {
            TeamRows.SampledCase sampled = TeamRows.sampledCase(h, c.inspectionId(), c.caseReference());
            Optional<String> before = TeamRows.allocatedTo(h, sampled.id());
            h.createUpdate("delete from case_allocation where sample_case_id = :c").bind("c", sampled.id()).execute();
            audit.record(new AuditLog.Scope(sampled.id(), null), ALLOCATION, c.caseReference(), "allocated_to",
                    before.orElse(null), null);
            return before.isPresent();
        });
    }

    @Override
    public List<Member> team(long inspectionId) {
        return jdbi.withHandle(h -> {
            TeamRows.inspectionMustExist(h, inspectionId);
            return h.createQuery("select a.username, m.role, m.added_by, m.added_at from inspection_member m"
                            + " join user_account a on a.id = m.user_id where m.inspection_id = :i"
                            + " order by a.username, m.role").bind("i", inspectionId)
                    .map((rs, ctx) -> new Member(rs.getString("username"), Role.valueOf(rs.getString("role")),
                            rs.getString("added_by"), rs.getObject("added_at", OffsetDateTime.class).toInstant())).list();
        });
    }

    @Override
    public List<CaseAllocation> allocations(long inspectionId) {
        return jdbi.withHandle(h -> {
            TeamRows.inspectionMustExist(h, inspectionId);
            return h.createQuery("select c.case_reference, a.username, x.allocated_by, x.allocated_at"
                            + " from case_allocation x join sample_case s on s.id = x.sample_case_id"
                            + " join caseload_case c on c.id = s.case_id join user_account a on a.id = x.user_id"
                            + " where x.inspection_id = :i order by c.case_reference").bind("i", inspectionId)
                    .map((rs, ctx) -> new CaseAllocation(rs.getString("case_reference"), rs.getString("username"),
                            rs.getString("allocated_by"), rs.getObject("allocated_at", OffsetDateTime.class).toInstant()))
                    .list();
        });
    }

    private static long activeUser(Handle h, String username) {
        long user = TeamRows.user(h, username).orElseThrow(() -> noAccount(username));
        boolean active = h.createQuery("select active from user_account where id = :u").bind("u", user)
                .mapTo(Boolean.class).one();
        Problem.require(active, "the account " + username + " is disabled; enable it first (yjinspect user enable)");
        return user;
    }

    private static Problem noAccount(String username) {
        return Problem.invalid("there is no account " + username + " (yjinspect user list shows them)");
    }

}
