package org.yjinspect.account.db;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.account.app.AccountAudit;
import org.yjinspect.account.domain.AccountEvent;

/** The account audit in {@code account_event}, append-only by its triggers. */
public final class JdbiAccountAudit implements AccountAudit {
    private final Jdbi jdbi;

    public JdbiAccountAudit(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(AccountEvent event) {
        jdbi.useHandle(h -> AccountRows.record(h, event, null));
    }

    /** The events of one username, oldest first, as "event: detail"; for tests and investigation. */
    public List<String> of(String username) {
        return jdbi.withHandle(h -> h.createQuery("select event, detail from account_event where username = :name"
                        + " order by id").bind("name", username)
                .map((rs, ctx) -> rs.getString("event") + (rs.getString("detail") == null ? "" : ": "
                        + rs.getString("detail"))).list());
    }
}
