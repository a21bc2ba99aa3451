package org.yjinspect.account.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.yjinspect.account.domain.Account;
import org.yjinspect.account.domain.AccountEvent;

/** The row mappings and the audit insert the account stores share. */
final class AccountRows {
    static final String COLUMNS = "id, username, display_name, administrator, active, created_at";

    private AccountRows() {
    }

    static Account account(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getBoolean("administrator"), rs.getBoolean("active"), instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Appends one event; {@code userId} overrides the event's (for an account made in the same transaction). */
    static void record(Handle h, AccountEvent e, Long userId) {
        h.createUpdate("insert into account_event (user_id, username, event, detail, actor, client_address)"
                        + " values (:user, :username, :event, :detail, :actor, :address)")
                .bind("user", userId != null ? userId : e.userId()).bind("username", e.username())
                .bind("event", e.kind().label()).bind("detail", e.detail())
                .bind("actor", e.actor().length() > 100 ? e.actor().substring(0, 100) : e.actor())
                .bind("address", e.clientAddress()).execute();
    }
}
