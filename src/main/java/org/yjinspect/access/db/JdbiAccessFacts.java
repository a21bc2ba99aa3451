package org.yjinspect.access.db;

import java.sql.Array;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.access.app.AccessFacts;
import org.yjinspect.access.domain.AccessPolicy;
import org.yjinspect.access.domain.Role;

/**
 * The access facts in one query per request: a live inspection's team and allocation (first
 * reading and second reading), else a deleted one's former team (who may still read why it went).
 */
public final class JdbiAccessFacts implements AccessFacts {
    private static final String STANDING = "select i.published_at is not null as published,"
            + " array(select role from inspection_member where inspection_id = :i and user_id = :u) as roles,"
            + " exists(select 1 from case_allocation where sample_case_id = :c and inspection_id = :i"
            + " and user_id = :u) as allocated,"
            + " exists(select 1 from second_reading_case where sample_case_id = :c and inspection_id = :i"
            + " and second_reader_id = :u) as second_reader,"
            + " exists(select 1 from second_reading_case where sample_case_id = :c and inspection_id = :i"
            + " and revealed_at is null) as case_blind,"
            + " exists(select 1 from second_reading_case where inspection_id = :i and second_reader_id = :u"
            + " and revealed_at is null) as blind_cases from inspection i where i.id = :i"
            + " union all select false, array(select role from former_inspection_member where inspection_id = :i"
            + " and user_id = :u), false, false, false, false from deleted_inspection d where d.id = :i";
    private final Jdbi jdbi;

    public JdbiAccessFacts(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Standing> of(long inspectionId, long userId, Long sampleCaseId) {
        return jdbi.withHandle(h -> h.createQuery(STANDING).bind("i", inspectionId).bind("u", userId)
                .bind("c", sampleCaseId == null ? -1L : sampleCaseId)
                .map((rs, ctx) -> new Standing(roles(rs.getArray("roles")), rs.getBoolean("published"),
                        rs.getBoolean("allocated"), new AccessPolicy.SecondReading(rs.getBoolean("second_reader"),
                        rs.getBoolean("case_blind"), rs.getBoolean("blind_cases")))).findFirst());
    }

    @Override
    public Set<Long> allocatedCases(long inspectionId, long userId) {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("select sample_case_id from case_allocation"
                        + " where inspection_id = :i and user_id = :u").bind("i", inspectionId).bind("u", userId)
                .mapTo(Long.class).list()));
    }

    @Override
    public Map<Long, Standing> memberships(long userId) {
        Map<Long, Standing> standings = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("select i.id, i.published_at is not null as published, array_agg(m.role) as roles"
                        + " from inspection_member m join inspection i on i.id = m.inspection_id where m.user_id = :u"
                        + " group by i.id").bind("u", userId)
                .map((rs, ctx) -> Map.entry(rs.getLong("id"), new Standing(roles(rs.getArray("roles")),
                        rs.getBoolean("published"), false)))
                .forEach(e -> standings.put(e.getKey(), e.getValue())));
        return standings;
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        return roles;
    }
}
